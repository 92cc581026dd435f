// The checked copy's parts are taken from exceljs's writer steps directly, skipping its zip
// writer. They must be exactly what exceljs's own writeBuffer would have packed: the same parts,
// folders included, in the same order, byte for byte. An exceljs whose writer calls other steps
// is written through writeBuffer; these tests say which way the installed exceljs is written.
import * as ExcelJS from 'exceljs';
import { dosStamp, hasWriterSteps, renderParts, STORED_PACKAGE } from '../../../src/adapters/exceljs/render-parts';
import { readStoredZip, type ZipEntry } from '../../../src/adapters/exceljs/zip-entries';
import { sampleWorkbookBytes } from '../../../src/adapters/exceljs/sample-workbook';
import { hunan2022 } from '../../../src/core/pack';
import { loadBytes } from './cell-snapshot';

/** Any bytes do for an image: exceljs stores media as given. */
const PICTURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 250, 251]);

/** A workbook with every kind of part exceljs writes: shared strings, notes, a table, links, two images. */
function everyKindOfPart(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('申报汇总');
  ws.getCell('A1').value = '湖南省物理学会';
  ws.getCell('B1').value = 12.5;
  ws.getCell('C1').value = { text: '指南', hyperlink: 'https://example.org/guide' };
  ws.getCell('A2').note = '请核对';
  ws.addTable({ name: 'Budget', ref: 'E1', columns: [{ name: '类别' }, { name: '金额' }], rows: [['学术交流', 3], ['科普', 4]] });
  const byBuffer = wb.addImage({ buffer: Buffer.from(PICTURE) as unknown as ExcelJS.Buffer, extension: 'png' });
  const byBase64 = wb.addImage({ base64: `data:image/png;base64,${Buffer.from(PICTURE).toString('base64')}`, extension: 'png' });
  ws.addImage(byBuffer, 'G2:H4');
  wb.addWorksheet('Other').addImage(byBase64, 'A1:B2');
  wb.addWorksheet('Empty');
  return wb;
}

async function writtenByExceljs(wb: ExcelJS.Workbook): Promise<ZipEntry[]> {
  return readStoredZip(new Uint8Array(await wb.xlsx.writeBuffer(STORED_PACKAGE)));
}

function expectSameParts(actual: ZipEntry[], expected: ZipEntry[]): void {
  expect(actual.map((entry) => entry.name)).toEqual(expected.map((entry) => entry.name));
  actual.forEach((entry, i) => {
    expect([entry.name, Buffer.from(entry.data).equals(Buffer.from(expected[i].data))]).toEqual([entry.name, true]);
    expect([entry.name, entry.dosTime, entry.dosDate]).toEqual([entry.name, expected[i].dosTime, expected[i].dosDate]);
  });
}

describe('the parts exceljs renders', () => {
  // Only Date is faked, so that both writers stamp the same time; JSZip's own steps still run.
  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-03-01T10:20:31Z'), doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask', 'clearImmediate', 'clearTimeout', 'clearInterval'] }));
  afterEach(() => jest.useRealTimers());

  test('are the parts writeBuffer packs, folders too, in its order, byte for byte', async () => {
    const expected = await writtenByExceljs(everyKindOfPart());
    const parts = await renderParts(everyKindOfPart());
    expectSameParts(parts, expected);
    expect(parts.map((entry) => entry.name)).toEqual(
      expect.arrayContaining(['xl/', 'xl/media/image1.png', 'xl/media/image2.png', 'xl/tables/table1.xml', 'xl/comments1.xml', 'xl/sharedStrings.xml']),
    );
    const images = parts.filter((entry) => entry.name.startsWith('xl/media/image'));
    for (const image of images) expect(Buffer.from(image.data).equals(Buffer.from(PICTURE))).toBe(true);
  });

  test('are the same for a loaded sample round as writeBuffer gives for it', async () => {
    const bytes = await sampleWorkbookBytes(hunan2022, { rows: 60, seed: 3 });
    expectSameParts(await renderParts(await loadBytes(bytes)), await writtenByExceljs(await loadBytes(bytes)));
  });

  test('come from the installed exceljs’s writer steps, not through writeBuffer', async () => {
    const wb = everyKindOfPart();
    expect(hasWriterSteps(wb.xlsx)).toBe(true);
    const writeBuffer = jest.spyOn(wb.xlsx, 'writeBuffer');
    await renderParts(wb);
    expect(writeBuffer).not.toHaveBeenCalled();
  });

  test('are taken through writeBuffer, the same, from an exceljs whose writer writes a step more', async () => {
    const wb = everyKindOfPart();
    // As exceljs's unreleased master does: a step for pivot tables between tables and themes.
    const Writer = Object.getPrototypeOf(wb.xlsx).constructor as new (...args: never[]) => { write(stream: unknown, options: object): Promise<unknown> };
    class NewerWriter extends Writer {
      addPivotTables(): void {
        this.pivotTablesWritten = true;
      }
      pivotTablesWritten = false;
      async write(stream: unknown, options: object): Promise<unknown> {
        this.addPivotTables();
        return super.write(stream, options);
      }
    }
    Object.setPrototypeOf(wb.xlsx, NewerWriter.prototype);
    expect(hasWriterSteps(wb.xlsx)).toBe(false);
    const parts = await renderParts(wb);
    expect((wb.xlsx as unknown as NewerWriter).pivotTablesWritten).toBe(true);
    expectSameParts(parts, await writtenByExceljs(everyKindOfPart()));
  });

  test('are taken through writeBuffer, the same, from an exceljs whose writer lacks those steps', async () => {
    const wb = everyKindOfPart();
    const writer = wb.xlsx;
    // Only the typed API: as an exceljs whose writer has other internals would look.
    Object.defineProperty(wb, 'xlsx', { value: { writeBuffer: (options: object) => writer.writeBuffer(options) } });
    const parts = await renderParts(wb);
    expectSameParts(parts, await writtenByExceljs(everyKindOfPart()));
  });

  test('carry the time of writing as JSZip stamps it, in UTC', async () => {
    const [first] = await renderParts(everyKindOfPart());
    expect(first).toMatchObject(dosStamp(new Date('2026-03-01T10:20:31Z')));
    // 10:20:30 (seconds in twos) on 2026-03-01.
    expect(dosStamp(new Date('2026-03-01T10:20:31Z'))).toEqual({ dosTime: (10 << 11) | (20 << 5) | 15, dosDate: (46 << 9) | (3 << 5) | 1 });
  });
});
