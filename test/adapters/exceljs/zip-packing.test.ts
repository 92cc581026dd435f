// The package around exceljs (zip-package.ts): the user's file read for its parts and what they
// unpack to, and the checked copy, whose edited parts are compressed anew while every other part
// keeps the bytes exceljs compressed. Every part must come back byte for byte, and the copy must
// open with the cells and links a check gives it.
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkWorkbookBytes } from '../../../src/adapters/exceljs/check-bytes';
import { sampleWorkbookBytes } from '../../../src/adapters/exceljs/sample-workbook';
import { InputPackage, OutputParts } from '../../../src/adapters/exceljs/zip-package';
import { hunan2022 } from '../../../src/core/pack';
import { loadBytes } from './cell-snapshot';

const options = { pack: hunan2022, lang: 'zh' as const };

async function writtenWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名单');
  ws.getCell('A1').value = '湖南省物理学会';
  ws.getCell('B2').value = 42;
  wb.addWorksheet('Empty');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Every entry of a zip, in its order, unpacked (each CRC checked). */
async function unpacked(bytes: Uint8Array): Promise<[string, Uint8Array][]> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const names = Object.keys(zip.files);
  return Promise.all(names.map(async (name) => [name, zip.files[name].dir ? new Uint8Array() : await zip.files[name].async('uint8array')] as [string, Uint8Array]));
}

/** The compressed bytes of each entry as they stand in the zip (its local header's data). */
function compressedEntries(bytes: Uint8Array): Map<string, string> {
  const view = Buffer.from(bytes);
  const entries = new Map<string, string>();
  for (let at = view.indexOf('PK\x03\x04', 0, 'latin1'); at >= 0; at = view.indexOf('PK\x03\x04', at + 4, 'latin1')) {
    const size = view.readUInt32LE(at + 18);
    const nameLength = view.readUInt16LE(at + 26);
    const start = at + 30 + nameLength + view.readUInt16LE(at + 28);
    entries.set(view.toString('utf8', at + 30, at + 30 + nameLength), view.subarray(start, start + size).toString('base64'));
  }
  return entries;
}

test('every part comes back byte for byte and in its order, a part changed as text too', async () => {
  const written = await writtenWorkbook();
  const expected = await unpacked(written);
  const parts = await OutputParts.open(written);
  expect(parts.names()).toEqual(expected.map(([name]) => name));
  parts.setText('xl/worksheets/sheet2.xml', ((await parts.text('xl/worksheets/sheet2.xml')) ?? '').replace('</worksheet>', '<!-- 改 --></worksheet>'));

  const back = await unpacked(await parts.pack());
  expect(back.map(([name]) => name)).toEqual(expected.map(([name]) => name));
  back.forEach(([name, data], i) => {
    if (name === 'xl/worksheets/sheet2.xml') expect(new TextDecoder().decode(data)).toContain('<!-- 改 --></worksheet>');
    else expect(Buffer.from(data).equals(Buffer.from(expected[i][1]))).toBe(true);
  });
});

test('only the part set anew is compressed again: the others keep the bytes exceljs wrote', async () => {
  const written = await writtenWorkbook();
  const parts = await OutputParts.open(written);
  parts.setText('xl/worksheets/sheet2.xml', ((await parts.text('xl/worksheets/sheet2.xml')) ?? '').replace('</worksheet>', '<!-- 改 --></worksheet>'));
  const before = compressedEntries(written);
  const after = compressedEntries(await parts.pack());
  expect([...after.keys()]).toEqual([...before.keys()]);
  for (const [name, data] of after) {
    if (name === 'xl/worksheets/sheet2.xml') expect(data).not.toBe(before.get(name));
    else expect(data).toBe(before.get(name));
  }
});

test('a part that is not there cannot be set', async () => {
  const parts = await OutputParts.open(await writtenWorkbook());
  expect(() => parts.setText('xl/worksheets/sheet9.xml', '<worksheet/>')).toThrow(RangeError);
  expect(await parts.text('xl/worksheets/sheet9.xml')).toBeNull();
});

test('the packed workbook opens with exceljs', async () => {
  const wb = await loadBytes(await (await OutputParts.open(await writtenWorkbook())).pack());
  expect(wb.worksheets.map((ws) => ws.name)).toEqual(['名单', 'Empty']);
  expect(wb.getWorksheet('名单')!.getCell('A1').value).toBe('湖南省物理学会');
  expect(wb.getWorksheet('名单')!.getCell('B2').value).toBe(42);
});

test("the user's package: its parts, a part's text, and what it unpacks to, counted no further than past a limit", async () => {
  const written = await writtenWorkbook();
  const input = await InputPackage.open(written);
  const expected = (await unpacked(written)).filter(([name]) => !name.endsWith('/'));
  const total = expected.reduce((sum, [, data]) => sum + data.length, 0);
  expect(input.has('xl/workbook.xml')).toBe(true);
  expect(input.names(/^xl\/worksheets\/sheet\d+\.xml$/)).toEqual(['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']);
  expect(await input.text('xl/workbook.xml')).toContain('name="名单"');
  expect(await input.text('xl/missing.xml')).toBeNull();
  expect(await input.unpackedBytes(10 * total)).toBe(total);
  const stopped = await input.unpackedBytes(100);
  expect(stopped).toBeGreaterThan(100);
  expect(stopped).toBeLessThan(total);
  await expect(InputPackage.open(new TextEncoder().encode('PK not really a zip'))).rejects.toThrow();
});

describe('a checked copy', () => {
  let copy: Uint8Array;
  beforeAll(async () => {
    copy = (await checkWorkbookBytes(await sampleWorkbookBytes(hunan2022, { rows: 150, seed: 7 }), 'sample.xlsx', options)).output;
  });

  test('is a zip whose every part passes its CRC', async () => {
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
