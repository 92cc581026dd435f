// Hostile and odd files through the file path (the command line and the pane's offline mode): each
// either checks, with what is odd about it told in one sentence, or stops with one sentence naming
// the file (and the sheet, row and column where there is one). Nothing else is thrown.
import { writeFileSync } from 'fs';
import JSZip from 'jszip';
import { checkWorkbookBytes } from '../../src/adapters/exceljs/check-bytes';
import { WorkbookFileError } from '../../src/adapters/exceljs/workbook-file-error';
import { InputError } from '../../src/core/errors';
import { hunan2022 } from '../../src/core/pack/hunan-2022';
import type { Message } from '../../src/core/types';
import { loadBytes } from '../adapters/exceljs/cell-snapshot';
import { runCli } from '../cli/run-cli';
import { handMadeXlsx } from '../fixtures/hand-made-xlsx';
import {
  HEADERS,
  application,
  bombedXlsx,
  csvText,
  encryptedXlsx,
  exceljsXlsx,
  oldXls,
  sheetlessXlsx,
  strayCellXlsx,
  submissionsXlsx,
  truncatedXlsx,
} from '../fixtures/hostile/files';
import { tempDir } from '../fixtures/temp-dir';
import { expectOneSentence } from './one-sentence';

const options = { pack: hunan2022, lang: 'zh' as const };

async function refusal(bytes: Uint8Array, name: string): Promise<WorkbookFileError | InputError> {
  try {
    await checkWorkbookBytes(bytes, name, options);
  } catch (error) {
    if (error instanceof WorkbookFileError || error instanceof InputError) {
      expectOneSentence(error.text);
      expect(error.text.zh).toContain(`“${name}”`);
      expect(error.text.en).toContain(`"${name}"`);
      return error;
    }
    throw error;
  }
  throw new Error(`${name} was checked, but should have been refused`);
}

const said = (warnings: Message[], zhPart: string) => warnings.find((w) => w.zh.includes(zhPart));

describe('files that are not workbooks are refused with one sentence naming the file', () => {
  const folder = tempDir('shenbao-hostile-');
  afterAll(() => folder.remove());

  test('a 0-byte file from disk: exit 1, nothing written', async () => {
    writeFileSync(folder.file('空文件'), new Uint8Array());
    const run = await runCli(['check', '空文件'], folder.path);
    expect(run.code).toBe(1);
    expect(run.err).toContain('“空文件”');
    expect(run.err).toContain('0 字节');
  });

  test('a device that never ends (/dev/zero, NUL on Windows) is refused at once, not read forever', async () => {
    const device = process.platform === 'win32' ? 'NUL' : '/dev/zero';
    const run = await runCli(['check', device, '--out', folder.file('out.xlsx')], folder.path);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`“${device}”`);
    expect(run.err).toContain('不是 Excel 工作簿');
  });

  test('a 0-byte .xlsx says it is empty', async () => {
    expect(((await refusal(new Uint8Array(), '申报.xlsx')) as WorkbookFileError).problem).toBe('empty');
  });

  test('a zip cut short is called damaged', async () => {
    expect(((await refusal(await truncatedXlsx(), '下载中断.xlsx')) as WorkbookFileError).problem).toBe('corrupt-zip');
  });

  test('a package that would unpack to gigabytes (a "zip bomb") is refused once it has unpacked past the limit, keeping none of it', async () => {
    const heapBefore = process.memoryUsage().heapUsed;
    const error = (await refusal(await bombedXlsx(), '炸弹.xlsx')) as WorkbookFileError;
    expect(error.problem).toBe('too-large');
    expect(error.text.zh).toContain('MB');
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(200 * 1024 * 1024);
  }, 60_000); // it unpacks 1 GB of zeros to find out: seconds, not a timed test

  test('a password-protected workbook asks for the password to be removed', async () => {
    const error = (await refusal(encryptedXlsx(), '加密.xlsx')) as WorkbookFileError;
    expect(error.problem).toBe('encrypted');
    expect(error.text.zh).toContain('密码');
    expect(error.text.en).toContain('password');
  });

  test('an .xls renamed to .xlsx asks to be saved as .xlsx', async () => {
    const error = (await refusal(oldXls(), '旧版.xlsx')) as WorkbookFileError;
    expect(error.problem).toBe('xls');
    expect(error.text.zh).toContain('.xls');
  });

  test('a CSV, named .csv or renamed .xlsx, is a text file to open in Excel first', async () => {
    for (const name of ['导出.csv', '导出.xlsx']) expect(((await refusal(csvText(), name)) as WorkbookFileError).problem).toBe('text');
  });

  test('a workbook package with no worksheet in it', async () => {
    const error = await refusal(await sheetlessXlsx(), '无工作表.xlsx');
    expect(error instanceof InputError ? error.code : error.problem).toMatch(/no-sheets|corrupt-workbook/);
  });
});

describe('workbooks the check cannot use, or uses with a note', () => {
  test('no sheet with a header row: the sentence names every sheet it looked at', async () => {
    const bytes = await handMadeXlsx([
      { name: '封面', rows: [['2022年申报材料']] },
      { name: '名单', rows: [['单位', '联系人'], ['甲', '乙']] },
    ]);
    const error = (await refusal(bytes, '无表头.xlsx')) as InputError;
    expect(error.code).toBe('no-header-row');
    for (const sheet of ['封面', '名单']) expect(error.text.zh).toContain(`“${sheet}”`);
  });

  test('two header rows: the second is not judged as an application, and the row is named', async () => {
    const checked = await checkWorkbookBytes(await submissionsXlsx([HEADERS, HEADERS, application(1)]), '两行表头.xlsx', options);
    expect(checked.result.headerRow).toBe(1);
    expect(checked.result.dataRows).toEqual([3]);
    const note = said(checked.warnings, '重复了第1行的表头');
    expect(note?.zh).toContain('第2行');
    expect(note?.zh).toContain('“申报汇总”');
    expectOneSentence(note!);
  });

  test('a header named twice: the first column is read, and both columns are named', async () => {
    const checked = await checkWorkbookBytes(await submissionsXlsx([[...HEADERS, '申报单位'], [...application(1), '别的学会']]), '重名列.xlsx', options);
    expect(checked.result.rows[0].unit).toBe('湖南省第1学会');
    const note = said(checked.warnings, '重复');
    expect(note?.zh).toContain('H列');
    expect(note?.zh).toContain('B列');
    expectOneSentence(note!);
  });

  test('a header and no data: the check runs, with no rows, and says so', async () => {
    const checked = await checkWorkbookBytes(await submissionsXlsx([HEADERS]), '空表.xlsx', options);
    expect(checked.result.rows).toEqual([]);
    const note = said(checked.warnings, '没有申报项目');
    expect(note?.zh).toContain('第1行');
    expectOneSentence(note!);
    expect((await loadBytes(checked.output)).worksheets.map((ws) => ws.name)).toEqual(['申报汇总', '分配汇总', '问题清单']);
  });
});

describe('a stray cell out at XFD1048576 neither hangs nor fills memory', () => {
  for (const kind of ['formatted', 'value'] as const) {
    test(`${kind}: checked in seconds, results beside the data, the stray cell kept`, async () => {
      const started = Date.now();
      const heapBefore = process.memoryUsage().heapUsed;
      const checked = await checkWorkbookBytes(await strayCellXlsx(kind), `远端单元格-${kind}.xlsx`, options);
      expect(Date.now() - started).toBeLessThan(10_000);
      // 17 billion cells would need far more than this; the used area is never allocated.
      expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(500 * 1024 * 1024);
      expect(checked.result.dataRows).toEqual([2, 3]);
      expect(checked.result.outputColumns).toEqual({ verdict: HEADERS.length + 1, notes: HEADERS.length + 2 });
      if (kind === 'value') {
        const ws = (await loadBytes(checked.output)).getWorksheet('申报汇总')!;
        expect(ws.getCell('XFD1048576').value).toBe(1);
      }
    }, 30_000);
  }
});

test('a value at XFD1 on the header row: no room on the right, so the results take the first free columns', async () => {
  const zip = await JSZip.loadAsync(await submissionsXlsx());
  const xml = (await zip.file('xl/worksheets/sheet1.xml')!.async('string')).replace('</row>', '<c r="XFD1" t="inlineStr"><is><t>备用</t></is></c></row>');
  zip.file('xl/worksheets/sheet1.xml', xml);
  const checked = await checkWorkbookBytes(await zip.generateAsync({ type: 'uint8array' }), '最后一列.xlsx', options);
  expect(checked.result.outputColumns).toEqual({ verdict: HEADERS.length + 1, notes: HEADERS.length + 2 });
  expect((await loadBytes(checked.output)).getWorksheet('申报汇总')!.getCell('XFD1').value).toBe('备用');
});

describe('cells and sheets people make', () => {
  test('merges over the title and across header cells: the results never land inside a merge', async () => {
    const bytes = await exceljsXlsx((wb) => {
      const ws = wb.addWorksheet('申报汇总');
      ws.addRows([['2022年申报汇总表'], [...HEADERS, '联系人'], application(1) as (string | number)[], application(2) as (string | number)[]]);
      ws.mergeCells('A1:J1'); // the title, wider than the table
      ws.mergeCells('H2:I2'); // 联系人 over two columns
      ws.mergeCells('B3:B4'); // one unit for two rows
    });
    const checked = await checkWorkbookBytes(bytes, '合并.xlsx', options);
    expect(checked.result.headerRow).toBe(2);
    expect(checked.result.rows.map((r) => r.unit)).toEqual(['湖南省第1学会', '湖南省第1学会']);
    expect(checked.result.outputColumns).toEqual({ verdict: 10, notes: 11 });
    const ws = (await loadBytes(checked.output)).getWorksheet('申报汇总')!;
    expect(ws.getCell('H2').value).toBe('联系人');
    expect(ws.getCell('A1').value).toBe('2022年申报汇总表');
  });


  test('32,767-character cells: read, quoted and written back within Excel’s limit', async () => {
    const longName = '长'.repeat(32_767);
    const longAmount = '9'.repeat(32_767);
    const bytes = await submissionsXlsx([HEADERS, application(1, { 项目名称: longName, '申请金额（万元）': longAmount })]);
    const checked = await checkWorkbookBytes(bytes, '超长.xlsx', options);
    const bad = checked.result.rows[0].findings.find((f) => f.rule === 'bad-value');
    expect(bad).toMatchObject({ row: 2, column: 6, header: '申请金额（万元）' });
    // The message quotes the start of the cell, not all of it.
    expect(bad!.message.zh).toContain('9'.repeat(200));
    expect(bad!.message.zh.length).toBeLessThan(1_000);
    for (const cell of checked.plan.resultColumns.cells) expect(cell.notes.length).toBeLessThanOrEqual(32_767);
    for (const line of checked.plan.issues.rows) for (const v of line) if (typeof v === 'string') expect(v.length).toBeLessThanOrEqual(32_767);
    const ws = (await loadBytes(checked.output)).getWorksheet('申报汇总')!;
    expect(ws.getCell('E2').value).toBe(longName);
    expect(String(ws.getCell('I2').value).length).toBeLessThanOrEqual(32_767);
  });

  test('hidden rows and columns are checked like any other', async () => {
    const bytes = await exceljsXlsx((wb) => {
      const ws = wb.addWorksheet('申报汇总');
      ws.addRows([HEADERS, application(1), application(2, { '申请金额（万元）': 50 }), application(3, { 单位类型: '企业' })]);
      ws.getRow(3).hidden = true;
      ws.getRow(4).hidden = true;
      ws.getColumn(6).hidden = true; // 申请金额
    });
    const checked = await checkWorkbookBytes(bytes, '隐藏.xlsx', options);
    expect(checked.result.dataRows).toEqual([2, 3, 4]);
    expect(checked.result.rows[1].findings.map((f) => f.rule)).toContain('amount-range');
    expect(checked.result.rows[2].findings.map((f) => f.rule)).toContain('unit-type');
    const ws = (await loadBytes(checked.output)).getWorksheet('申报汇总')!;
    expect([ws.getRow(3).hidden, ws.getRow(4).hidden, ws.getColumn(6).hidden]).toEqual([true, true, true]);
  });

  test('an empty column the user hid becomes a result column and is shown; one hidden after a run stays hidden', async () => {
    const bytes = await exceljsXlsx((wb) => {
      const ws = wb.addWorksheet('申报汇总');
      ws.addRows([HEADERS, application(1)]);
      ws.getColumn(8).hidden = true;
    });
    const first = await checkWorkbookBytes(bytes, '隐藏空列.xlsx', options);
    const once = await loadBytes(first.output);
    expect(once.getWorksheet('申报汇总')!.getColumn(8).hidden).toBe(false);
    once.getWorksheet('申报汇总')!.getColumn(9).hidden = true; // the user hides 问题说明
    const second = await checkWorkbookBytes(new Uint8Array(await once.xlsx.writeBuffer()), '隐藏空列.xlsx', options);
    expect((await loadBytes(second.output)).getWorksheet('申报汇总')!.getColumn(9).hidden).toBe(true);
  });

  test('a protected sheet: the copy gets its results and keeps the protection, and the user is told', async () => {
    const bytes = await exceljsXlsx(async (wb) => {
      const ws = wb.addWorksheet('申报汇总');
      ws.addRows([HEADERS, application(1)]);
      await ws.protect('secret', {});
    });
    const checked = await checkWorkbookBytes(bytes, '受保护.xlsx', options);
    const note = said(checked.warnings, '设有保护');
    expect(note?.zh).toContain('「申报汇总」');
    expect(note?.zh).toContain('“受保护.xlsx”');
    expectOneSentence(note!);
    const ws = (await loadBytes(checked.output)).getWorksheet('申报汇总')! as unknown as { sheetProtection?: { sheet?: boolean }; getCell: (r: number, c: number) => { value: unknown } };
    expect(ws.sheetProtection?.sheet).toBe(true);
    expect(ws.getCell(2, HEADERS.length + 1).value).toBe(checked.plan.resultColumns.cells[0].verdict);
  });

  test('a sheet named 分配汇总 that the user made is kept; ours goes under another name, and the user is told', async () => {
    const bytes = await handMadeXlsx([
      { name: '申报汇总', rows: [HEADERS, application(1)] },
      { name: '分配汇总', rows: [['我自己的分配表'], ['学会', 10]] },
    ]);
    const checked = await checkWorkbookBytes(bytes, '自建汇总.xlsx', options);
    expect(checked.plan.summary.name).not.toBe('分配汇总');
    const out = await loadBytes(checked.output);
    expect(out.getWorksheet('分配汇总')!.getCell('A1').value).toBe('我自己的分配表');
    expect(out.getWorksheet('分配汇总')!.getCell('B2').value).toBe(10);
    expect(out.getWorksheet(checked.plan.summary.name)).toBeDefined();
    const note = said(checked.warnings, '分配汇总');
    expect(note?.zh).toContain(`「${checked.plan.summary.name}」`);
    expectOneSentence(note!);
  });

  test('formulas that return errors are bad-value, naming the row and the column', async () => {
    const bytes = await submissionsXlsx([
      HEADERS,
      application(1, { '申请金额（万元）': { formula: '1/0', result: undefined }, 计划完成日期: null }),
    ]);
    // A cached error result, as Excel saves it.
    const zip = await JSZip.loadAsync(bytes);
    const xml = (await zip.file('xl/worksheets/sheet1.xml')!.async('string'))
      .replace('<c r="F2"><f>1/0</f></c>', '<c r="F2" t="e"><f>1/0</f><v>#DIV/0!</v></c>')
      .replace('</row></sheetData>', '<c r="G2" t="e"><f>NA()</f><v>#N/A</v></c></row></sheetData>');
    zip.file('xl/worksheets/sheet1.xml', xml);
    const checked = await checkWorkbookBytes(await zip.generateAsync({ type: 'uint8array' }), '公式错误.xlsx', options);
    const bad = checked.result.rows[0].findings.filter((f) => f.rule === 'bad-value');
    expect(bad.map((f) => [f.row, f.column, f.header])).toEqual([
      [2, 6, '申请金额（万元）'],
      [2, 7, '计划完成日期'],
    ]);
    expect(bad[0].message.zh).toContain('#DIV/0!');
    expect(bad[1].message.en).toContain('#N/A');
  });
});

describe('the input file is never written over', () => {
  const folder = tempDir('shenbao-same-file-');
  afterAll(() => folder.remove());

  test('an --out that is another name for the input (a hard link, or another case on Windows and macOS) is refused', async () => {
    const { linkSync, readFileSync } = await import('fs');
    writeFileSync(folder.file('申报.xlsx'), await submissionsXlsx());
    linkSync(folder.file('申报.xlsx'), folder.file('另一个名字.xlsx'));
    const before = readFileSync(folder.file('申报.xlsx'));
    const run = await runCli(['check', '申报.xlsx', '--out', '另一个名字.xlsx'], folder.path);
    expect(run.code).toBe(2);
    expect(run.err).toContain('原文件不会被覆盖');
    expect(readFileSync(folder.file('申报.xlsx')).equals(before)).toBe(true);
  });
});
