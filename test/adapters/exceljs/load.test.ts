import { mkdirSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { loadWorkbookBytes } from '../../../src/adapters/exceljs/load';
import { readWorkbookFile } from '../../../src/adapters/exceljs/load-file';
import { WorkbookFileError } from '../../../src/adapters/exceljs/workbook-file-error';
import { handMadeXlsx } from '../../fixtures/hand-made-xlsx';
import { oleFile } from '../../fixtures/ole-file';
import { tempDir } from '../../fixtures/temp-dir';

const dir = tempDir();
afterAll(() => dir.remove());

async function failure(promise: Promise<unknown>): Promise<WorkbookFileError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WorkbookFileError) return error;
    throw error;
  }
  throw new Error('expected a WorkbookFileError');
}

describe('reading a path: file-system problems name the file', () => {
  test('a missing file', async () => {
    const error = await failure(readWorkbookFile(dir.file('没有.xlsx'), '没有.xlsx'));
    expect(error.problem).toBe('not-found');
    expect(error.text.zh).toContain('找不到文件“没有.xlsx”');
    expect(error.text.en).toContain('"没有.xlsx" was not found');
  });

  test('a folder', async () => {
    mkdirSync(dir.file('folder.xlsx'));
    const error = await failure(readWorkbookFile(dir.file('folder.xlsx'), 'folder.xlsx'));
    expect(error.problem).toBe('folder');
    expect(error.text.zh).toContain('“folder.xlsx”是一个文件夹');
  });

  test('a readable file gives its bytes', async () => {
    writeFileSync(dir.file('a.bin'), Buffer.from([1, 2, 3]));
    expect(Array.from(await readWorkbookFile(dir.file('a.bin')))).toEqual([1, 2, 3]);
  });
});

describe('loading bytes: anything that is not an .xlsx is refused with one sentence', () => {
  test('a zero-byte file', async () => {
    const error = await failure(loadWorkbookBytes(new Uint8Array(0), '空.xlsx'));
    expect(error.problem).toBe('empty');
    expect(error.text.zh).toContain('“空.xlsx”是空的');
    expect(error.text.en).toContain('"空.xlsx" is empty');
  });

  test('an encrypted .xlsx (OLE2 with EncryptionInfo) is called password-protected, not old', async () => {
    const error = await failure(loadWorkbookBytes(oleFile(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']), '加密.xlsx'));
    expect(error.problem).toBe('encrypted');
    expect(error.text.zh).toContain('设置了打开密码');
    expect(error.text.en).toContain('password-protected');
  });

  test('an old .xls (OLE2 with a Workbook stream) is asked to be saved as .xlsx', async () => {
    const error = await failure(loadWorkbookBytes(oleFile(['Workbook', '\u0005SummaryInformation']), '旧表.xls'));
    expect(error.problem).toBe('xls');
    expect(error.text.zh).toContain('Excel 97-2003');
    expect(error.text.en).toContain('save it as .xlsx');
  });

  test('an OLE2 file that is neither (a .doc) is simply not a workbook', async () => {
    const error = await failure(loadWorkbookBytes(oleFile(['WordDocument']), '说明.doc'));
    expect(error.problem).toBe('not-workbook');
  });

  test('a CSV file', async () => {
    const csv = new TextEncoder().encode('申报单位,申请金额\n湖南省医学会,8\n');
    const error = await failure(loadWorkbookBytes(csv, '汇总.csv'));
    expect(error.problem).toBe('text');
    expect(error.text.zh).toContain('文本文件');
  });

  test('a damaged zip', async () => {
    const good = await handMadeXlsx([{ name: 'S', rows: [['a']] }]);
    const broken = good.slice(0, Math.floor(good.length / 2));
    const error = await failure(loadWorkbookBytes(broken, '坏.xlsx'));
    expect(error.problem).toBe('corrupt-zip');
    expect(error.text.zh).toContain('“坏.xlsx”已损坏');
  });

  test('a zip that holds no workbook', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', 'hello');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const error = await failure(loadWorkbookBytes(bytes, '资料.xlsx'));
    expect(error.problem).toBe('zip-not-workbook');
    expect(error.text.en).toContain('"资料.xlsx" is a zip archive but not an Excel workbook');
  });

  test('random bytes', async () => {
    const error = await failure(loadWorkbookBytes(new Uint8Array([0, 1, 2, 3, 0, 255, 0, 7]), 'x.xlsx'));
    expect(error.problem).toBe('not-workbook');
  });

  test('a real workbook loads, from a Uint8Array or an ArrayBuffer', async () => {
    const bytes = await handMadeXlsx([{ name: '申报汇总', rows: [['a']] }]);
    const fromArray = await loadWorkbookBytes(bytes, 'a.xlsx');
    expect(fromArray.workbook.worksheets.map((ws) => ws.name)).toEqual(['申报汇总']);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const fromBuffer = await loadWorkbookBytes(buffer, 'a.xlsx');
    expect(fromBuffer.workbook.worksheets).toHaveLength(1);
  });
});
