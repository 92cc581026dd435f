import { unsupportedContent } from '../../../src/adapters/exceljs/unsupported';
import { InputPackage } from '../../../src/adapters/exceljs/zip-package';
import { handMadeXlsx } from '../../fixtures/hand-made-xlsx';

async function zipOf(extra: Record<string, string>): Promise<InputPackage> {
  return InputPackage.open(new Uint8Array(await handMadeXlsx([{ name: 'S', rows: [['a']] }], extra)));
}

test('a plain workbook loses nothing', async () => {
  expect(await unsupportedContent(await zipOf({}), 'a.xlsx')).toBeNull();
});

test('charts, pivot tables, macros, slicers, external links and form controls are listed with counts', async () => {
  const zip = await zipOf({
    'xl/charts/chart1.xml': '<c/>',
    'xl/charts/chart2.xml': '<c/>',
    'xl/pivotTables/pivotTable1.xml': '<p/>',
    'xl/vbaProject.bin': 'x',
    'xl/slicers/slicer1.xml': '<s/>',
    'xl/externalLinks/externalLink1.xml': '<e/>',
    'xl/ctrlProps/ctrlProp1.xml': '<f/>',
  });
  const warning = await unsupportedContent(zip, '汇总.xlsm');
  expect(warning?.zh).toContain('“汇总.xlsm”');
  expect(warning?.zh).toContain('图表 2 个');
  expect(warning?.zh).toContain('数据透视表 1 个');
  expect(warning?.zh).toContain('宏（VBA） 1 个');
  expect(warning?.zh).toContain('原文件不受影响');
  expect(warning?.en).toContain('2 charts');
  expect(warning?.en).toContain('1 slicers');
  expect(warning?.en).toContain('1 external links');
  expect(warning?.en).toContain('1 form controls');
});

test('shapes in a drawing are listed; a drawing with only a picture is not (exceljs keeps pictures)', async () => {
  const picture = '<xdr:wsDr><xdr:twoCellAnchor><xdr:pic/></xdr:twoCellAnchor></xdr:wsDr>';
  expect(await unsupportedContent(await zipOf({ 'xl/drawings/drawing1.xml': picture }), 'a.xlsx')).toBeNull();
  const shapes = '<xdr:wsDr><xdr:twoCellAnchor><xdr:sp><x/></xdr:sp></xdr:twoCellAnchor><xdr:twoCellAnchor><xdr:sp macro=""/></xdr:twoCellAnchor></xdr:wsDr>';
  const warning = await unsupportedContent(await zipOf({ 'xl/drawings/drawing1.xml': shapes }), 'a.xlsx');
  expect(warning?.en).toContain('2 shapes or text boxes');
});
