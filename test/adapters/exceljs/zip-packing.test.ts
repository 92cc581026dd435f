// Packing the checked copy: exceljs stores its parts, they are unpacked as they are, a few are
// edited as text, and every part is compressed once (zip-package.ts). Each part must come back byte
// for byte, and the copy must open with the cells and links a check gives it. The zips are read
// here with JSZip, another implementation than the one under test.
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkWorkbookBytes } from '../../../src/adapters/exceljs/check-bytes';
import { sampleWorkbookBytes } from '../../../src/adapters/exceljs/sample-workbook';
import { InputPackage, OutputParts, STORED } from '../../../src/adapters/exceljs/zip-package';
import { hunan2022 } from '../../../src/core/pack';
import { loadBytes } from './cell-snapshot';

const options = { pack: hunan2022, lang: 'zh' as const };

async function storedWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名单');
  ws.getCell('A1').value = '湖南省物理学会';
  ws.getCell('B2').value = 42;
  wb.addWorksheet('Empty');
  return new Uint8Array(await wb.xlsx.writeBuffer(STORED));
}

/** Every entry of a zip, in its order, as JSZip reads it (checking each CRC). */
async function unpacked(bytes: Uint8Array): Promise<[string, Uint8Array][]> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const names = Object.keys(zip.files);
  return Promise.all(names.map(async (name) => [name, zip.files[name].dir ? new Uint8Array() : await zip.files[name].async('uint8array')] as [string, Uint8Array]));
}

test('every part comes back byte for byte and in its order, a part changed as text too', async () => {
  const stored = await storedWorkbook();
  const expected = await unpacked(stored);
  const parts = new OutputParts(stored);
  expect(parts.names()).toEqual(expected.map(([name]) => name));
  parts.setText('xl/worksheets/sheet2.xml', (parts.text('xl/worksheets/sheet2.xml') ?? '').replace('</worksheet>', '<!-- 改 --></worksheet>'));

  const back = await unpacked(await parts.pack());
  expect(back.map(([name]) => name)).toEqual(expected.map(([name]) => name));
  back.forEach(([name, data], i) => {
    if (name === 'xl/worksheets/sheet2.xml') expect(new TextDecoder().decode(data)).toContain('<!-- 改 --></worksheet>');
    else expect(Buffer.from(data).equals(Buffer.from(expected[i][1]))).toBe(true);
  });
});

test('packed on worker threads, the parts are the same as packed on this one', async () => {
  const parts = new OutputParts(await storedWorkbook());
  const [here, inWorkers] = await Promise.all([parts.pack(), parts.pack(true)]);
  expect(await unpacked(inWorkers)).toEqual(await unpacked(here));
});

test('a part that is not there cannot be set', async () => {
  const parts = new OutputParts(await storedWorkbook());
  expect(() => parts.setText('xl/worksheets/sheet9.xml', '<worksheet/>')).toThrow(RangeError);
  expect(parts.text('xl/worksheets/sheet9.xml')).toBeNull();
});

test('the packed workbook opens with exceljs, compressed', async () => {
  const stored = await storedWorkbook();
  const packed = await new OutputParts(stored).pack();
  expect(packed.length).toBeLessThan(stored.length);
  const wb = await loadBytes(packed);
  expect(wb.worksheets.map((ws) => ws.name)).toEqual(['名单', 'Empty']);
  expect(wb.getWorksheet('名单')!.getCell('A1').value).toBe('湖南省物理学会');
  expect(wb.getWorksheet('名单')!.getCell('B2').value).toBe(42);
});

test("the user's package: its parts and their unpacked sizes from the directory, a part's text when asked", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('名单').getCell('A1').value = '湖南省物理学会';
  const input = new InputPackage(new Uint8Array(await wb.xlsx.writeBuffer()));
  const expected = await unpacked(new Uint8Array(await wb.xlsx.writeBuffer()));
  expect(input.parts.map((p) => p.name)).toEqual(expected.map(([name]) => name));
  expect(input.parts.map((p) => p.size)).toEqual(expected.map(([, data]) => data.length));
  expect(input.has('xl/workbook.xml')).toBe(true);
  expect(input.names(/^xl\/worksheets\/sheet\d+\.xml$/)).toEqual(['xl/worksheets/sheet1.xml']);
  expect(input.text('xl/workbook.xml')).toContain('name="名单"');
  expect(input.text('xl/missing.xml')).toBeNull();
  expect(() => new InputPackage(new TextEncoder().encode('PK not really a zip'))).toThrow();
});

describe('a checked copy', () => {
  let copy: Uint8Array;
  beforeAll(async () => {
    copy = (await checkWorkbookBytes(await sampleWorkbookBytes(hunan2022, { rows: 150, seed: 7 }), 'sample.xlsx', options)).output;
  });

  test('is a zip whose every part passes its CRC, compressed', async () => {
    const zip = await JSZip.loadAsync(copy, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(['xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml']));
    await Promise.all(Object.values(zip.files).map((file) => file.async('uint8array')));
  });

  test('links each row number of its issue list to the submissions row, as a location only', async () => {
    const zip = await JSZip.loadAsync(copy);
    const sheets = await Promise.all(zip.file(/^xl\/worksheets\/sheet\d+\.xml$/).map((file) => file.async('string')));
    const issues = sheets.find((xml) => xml.includes('<hyperlink '));
    expect(issues).toBeDefined();
    const links = issues!.match(/<hyperlink [^>]*\/>/g) ?? [];
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) expect(link).toMatch(/^<hyperlink ref="A\d+" location="&apos;申报汇总&apos;!A\d+"\/>$/);
    expect(zip.file(/^xl\/worksheets\/_rels\//)).toEqual([]);
  });
});
