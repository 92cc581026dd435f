// A user's link to a place in the workbook that a program stored as a relationship ("#Sheet!A1",
// as exceljs itself writes one) reaches the checked copy as Excel saves such a link: a location only.
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkWorkbookBytes } from '../../../src/adapters/exceljs/check-bytes';
import { hunan2022 } from '../../../src/core/pack';

async function linkedAsRelationship(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('申报汇总');
  ws.addRow(['申报单位', '单位类型', '申报类别', '项目名称', '申请金额（万元）', '计划完成日期']);
  ws.addRow(['湖南省物理学会', '省级学会', '3.1.1', '青年论坛', 8, '2022-11-30']);
  const notes = wb.addWorksheet('说明');
  notes.getCell('A1').value = { text: '返回申报', hyperlink: "#'申报汇总'!A2" };
  notes.getCell('A2').value = { text: '通知', hyperlink: 'https://www.hnast.org.cn/' };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

test('the link is a location and only the web link keeps a relationship', async () => {
  const checked = await checkWorkbookBytes(await linkedAsRelationship(), 'linked.xlsx', { pack: hunan2022, lang: 'zh' });
  const zip = await JSZip.loadAsync(checked.output);
  const sheet = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
  const rels = await zip.file('xl/worksheets/_rels/sheet2.xml.rels')!.async('string');
  expect(sheet).toContain('<hyperlink location="&apos;申报汇总&apos;!A2" ref="A1"/>');
  expect(sheet).toMatch(/<hyperlink ref="A2" r:id="rId\d+"\/>/);
  expect(rels).not.toContain('Target="#');
  expect(rels).toContain('Target="https://www.hnast.org.cn/"');
});
