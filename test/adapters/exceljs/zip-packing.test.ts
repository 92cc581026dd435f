// Packing the checked copy: exceljs stores its parts, they are read back as they are, and a packer
// compresses them. Both packers must give back every part byte for byte, and a checked copy packed
// on Node's zlib must open and carry the same cells and links as one packed by JSZip.
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkWorkbookBytes } from '../../../src/adapters/exceljs/check-bytes';
import { STORED_PACKAGE } from '../../../src/adapters/exceljs/render-parts';
import { inflateRawSync } from 'zlib';
import { deflateInPieces, nodeZipPacker, nodeZipPackerWith } from '../../../src/adapters/exceljs/node-zip';
import { nodeZipTools } from '../../../src/adapters/exceljs/node-zip-tools';
import { PackageParts } from '../../../src/adapters/exceljs/package-parts';
import { readStoredZip, StoredZipError } from '../../../src/adapters/exceljs/zip-entries';
import { jszipPacker, type ZipPacker } from '../../../src/adapters/exceljs/zip-packer';
import { sampleWorkbookBytes } from '../../../src/adapters/exceljs/sample-workbook';
import { hunan2022 } from '../../../src/core/pack';
import { loadBytes, snapshotCells } from './cell-snapshot';

const options = { pack: hunan2022, lang: 'zh' as const };

async function storedWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名单');
  ws.getCell('A1').value = '湖南省物理学会';
  ws.getCell('B2').value = 42;
  wb.addWorksheet('Empty');
  return new Uint8Array(await wb.xlsx.writeBuffer(STORED_PACKAGE));
}

/** Every entry of a zip, in its order, as JSZip reads it (checking each CRC). */
async function unpacked(bytes: Uint8Array): Promise<[string, Uint8Array][]> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const names = Object.keys(zip.files);
  return Promise.all(names.map(async (name) => [name, zip.files[name].dir ? new Uint8Array() : await zip.files[name].async('uint8array')] as [string, Uint8Array]));
}

describe('reading what exceljs stored', () => {
  test('each entry is the part exceljs wrote, in the same order', async () => {
    const stored = await storedWorkbook();
    const entries = readStoredZip(stored);
    const expected = await unpacked(stored);
    expect(entries.map((entry) => entry.name)).toEqual(expected.map(([name]) => name));
    entries.forEach((entry, i) => expect(Buffer.from(entry.data).equals(Buffer.from(expected[i][1]))).toBe(true));
    expect(entries.map((entry) => entry.name)).toEqual(expect.arrayContaining(['xl/', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']));
  });

  test('a compressed zip is refused: only stored parts can be read as they are', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').getCell('A1').value = 'x';
    const deflated = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(() => readStoredZip(deflated)).toThrow(StoredZipError);
  });
});

describe.each<[string, ZipPacker]>([
  ['Node zlib', nodeZipPacker],
  ['Node zlib, parts in pieces of 100 bytes', nodeZipPackerWith(100)],
  ['JSZip', jszipPacker],
])('packing with %s', (_, pack) => {
  test('every part comes back byte for byte, a part changed as text and a name outside ASCII too', async () => {
    const entries = readStoredZip(await storedWorkbook());
    entries.push({ name: 'customXml/说明.xml', data: new TextEncoder().encode('<说明>原文</说明>'), dosTime: 0, dosDate: 33, crc32: undefined });
    const parts = new PackageParts(entries);
    parts.setText('xl/worksheets/sheet2.xml', (parts.text('xl/worksheets/sheet2.xml') ?? '').replace('</worksheet>', '<!-- 改 --></worksheet>'));
    const expected = entries.map((entry) => [entry.name, Buffer.from(entry.data)] as const);

    const back = await unpacked(await pack(parts.entries));
    expect(back.map(([name]) => name)).toEqual(expected.map(([name]) => name));
    back.forEach(([name, data], i) => {
      if (name.endsWith('/')) return;
      expect(Buffer.from(data).equals(expected[i][1])).toBe(true);
    });
    expect(new TextDecoder().decode(back.find(([name]) => name === 'xl/worksheets/sheet2.xml')![1])).toContain('<!-- 改 -->');
  });

  test('the packed workbook opens with exceljs', async () => {
    const wb = await loadBytes(await pack(readStoredZip(await storedWorkbook())));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['名单', 'Empty']);
    expect(wb.getWorksheet('名单')!.getCell('A1').value).toBe('湖南省物理学会');
    expect(wb.getWorksheet('名单')!.getCell('B2').value).toBe(42);
  });
});

test('a part deflated in pieces inflates to the same bytes, however the pieces fall', async () => {
  const text = Array.from({ length: 400 }, (_, i) => `<row r="${i}"><c t="s"><v>${i % 37}</v></c>湖南省${'物理'.repeat(i % 5)}</row>`).join('');
  const data = new TextEncoder().encode(text);
  for (const piece of [97, 1000, data.length / 4, data.length - 1, data.length, data.length + 1]) {
    const back = inflateRawSync(await deflateInPieces(data, Math.ceil(piece)));
    expect(back.equals(Buffer.from(data))).toBe(true);
  }
});

describe('a checked copy packed on Node’s zlib', () => {
  let input: Uint8Array;
  let byNode: Uint8Array;
  let byJszip: Uint8Array;
  beforeAll(async () => {
    input = await sampleWorkbookBytes(hunan2022, { rows: 150, seed: 7 });
    byNode = (await checkWorkbookBytes(input, 'sample.xlsx', { ...options, zipTools: nodeZipTools })).output;
    byJszip = (await checkWorkbookBytes(input, 'sample.xlsx', options)).output;
  });

  test('holds the same parts, byte for byte, as the copy JSZip packs', async () => {
    const [node, jszip] = await Promise.all([unpacked(byNode), unpacked(byJszip)]);
    expect(node.map(([name]) => name)).toEqual(jszip.map(([name]) => name));
    // docProps/core.xml holds the time of writing; every other part is the same.
    node.forEach(([name, data], i) => {
      if (name !== 'docProps/core.xml') expect(Buffer.from(data).equals(Buffer.from(jszip[i][1]))).toBe(true);
    });
  });

  test('opens with exceljs with every sheet and cell of the JSZip copy', async () => {
    const [node, jszip] = await Promise.all([loadBytes(byNode), loadBytes(byJszip)]);
    const names = node.worksheets.map((ws) => ws.name);
    expect(names).toEqual(jszip.worksheets.map((ws) => ws.name));
    expect(snapshotCells(node, names)).toEqual(snapshotCells(jszip, names));
  });

  test('its issue list links each row number to the submissions row, as a location only', async () => {
    const zip = await JSZip.loadAsync(byNode);
    const sheets = await Promise.all(zip.file(/^xl\/worksheets\/sheet\d+\.xml$/).map((file) => file.async('string')));
    const issues = sheets.find((xml) => xml.includes('<hyperlink '));
    expect(issues).toBeDefined();
    const links = issues!.match(/<hyperlink [^>]*\/>/g) ?? [];
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) expect(link).toMatch(/^<hyperlink ref="A\d+" location="&apos;申报汇总&apos;!A\d+"\/>$/);
    expect(zip.file(/^xl\/worksheets\/_rels\//)).toEqual([]);
  });
});
