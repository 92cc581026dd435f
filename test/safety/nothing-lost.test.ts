// Nothing the user entered is lost: after a check every cell of every sheet keeps its value,
// formula, style, note and drop-down; the input bytes do not change; checking the checked copy
// again gives the same workbook; and what exceljs cannot carry is named before anything is written.
import * as ExcelJS from 'exceljs';
import { existsSync, readFileSync, writeFileSync } from 'fs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { checkWorkbookBytes } from '../../src/adapters/exceljs/check-bytes';
import { main } from '../../src/cli/main';
import { hunan2022 } from '../../src/core/pack/hunan-2022';
import { loadBytes } from '../adapters/exceljs/cell-snapshot';
import { handMadeXlsx } from '../fixtures/hand-made-xlsx';
import { fuzzRuns } from '../fixtures/hostile/cells';
import { userFile, userFileBytes } from '../fixtures/hostile/user-file';
import { tempDir } from '../fixtures/temp-dir';
import { userContent } from './user-content';

const options = { pack: hunan2022, lang: 'zh' as const };
const RUNS = fuzzRuns(25, 0.05);

/** Rows and columns the user hid, and merged areas: layout a check must keep too (ours aside). */
function layoutOf(wb: ExcelJS.Workbook, sheets: string[], ours: (sheet: string, column: number) => boolean) {
  return sheets.map((name) => {
    const ws = wb.getWorksheet(name)!;
    const hiddenRows: number[] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => row.hidden && hiddenRows.push(n));
    const hiddenColumns: number[] = [];
    for (let c = 1; c <= 40; c++) if (ws.getColumn(c).hidden && !ours(name, c)) hiddenColumns.push(c);
    const merges = Object.keys((ws as unknown as { _merges: object })._merges).sort();
    return { name, hiddenRows, hiddenColumns, merges };
  });
}

test(`${RUNS} random files: every user cell, hidden row and merge survives; the input bytes do not change`, async () => {
  await fc.assert(
    fc.asyncProperty(userFile({ huge: false }), async ({ workbook, decorations }) => {
      const bytes = await userFileBytes(workbook.input, decorations);
      const pristine = bytes.slice();
      let checked;
      try {
        checked = await checkWorkbookBytes(bytes, 'fuzz.xlsx', options);
      } catch {
        expect(bytes).toEqual(pristine);
        return; // refused files are the fuzzing's business; here only the bytes matter
      }
      expect(bytes).toEqual(pristine);
      const before = await loadBytes(bytes);
      const after = await loadBytes(checked.output);
      const sheets = before.worksheets.map((ws) => ws.name);
      const { sheet, verdictColumn, notesColumn } = checked.plan.resultColumns;
      const ours = (name: string, column: number) => name === sheet && (column === verdictColumn || column === notesColumn);
      expect(userContent(after, sheets, ours)).toEqual(userContent(before, sheets, ours));
      expect(layoutOf(after, sheets, ours)).toEqual(layoutOf(before, sheets, ours));
      // The results are in sight, even where the user had hidden an empty column.
      for (const column of [verdictColumn, notesColumn]) expect(after.getWorksheet(sheet)!.getColumn(column).hidden).toBe(false);
    }),
    { numRuns: RUNS },
  );
}, 60_000 + RUNS * 2_000);

test(`${RUNS} random files: checking the checked copy again gives the same workbook, cell by cell`, async () => {
  await fc.assert(
    fc.asyncProperty(userFile({ huge: false }), async ({ workbook, decorations }) => {
      const bytes = await userFileBytes(workbook.input, decorations);
      let once;
      try {
        once = await checkWorkbookBytes(bytes, 'fuzz.xlsx', options);
      } catch {
        return;
      }
      // The same name both times: the title of our sheets quotes it.
      const twice = await checkWorkbookBytes(once.output, 'fuzz.xlsx', options);
      expect(twice.result.rows.map((r) => [r.row, r.verdict, r.findings.map((f) => f.rule)])).toEqual(
        once.result.rows.map((r) => [r.row, r.verdict, r.findings.map((f) => f.rule)]),
      );
      expect(twice.plan.resultColumns.verdictColumn).toBe(once.plan.resultColumns.verdictColumn);
      const a = await loadBytes(once.output);
      const b = await loadBytes(twice.output);
      const names = a.worksheets.map((ws) => ws.name);
      expect(b.worksheets.map((ws) => ws.name)).toEqual(names);
      expect(userContent(b, names)).toEqual(userContent(a, names));
    }),
    { numRuns: RUNS },
  );
}, 60_000 + RUNS * 2_000);

describe('what the checked copy cannot carry is named before it is written', () => {
  const folder = tempDir('shenbao-lost-');
  afterAll(() => folder.remove());

  const submissions = [
    ['申报单位', '单位类型', '申报类别', '项目名称', '申请金额（万元）', '计划完成日期'],
    ['湖南省物理学会', '省级学会', '3.1.1', '青年论坛', 8, '2022-11-30'],
  ];
  const parts = {
    'xl/charts/chart1.xml': '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
    'xl/pivotTables/pivotTable1.xml': '<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
    'xl/vbaProject.bin': 'VBA',
    // A text box, and an empty shape written the short way: both are lost.
    'xl/drawings/drawing1.xml':
      '<xdr:wsDr xmlns:xdr="x"><xdr:twoCellAnchor><xdr:sp><xdr:nvSpPr/></xdr:sp></xdr:twoCellAnchor><xdr:twoCellAnchor><xdr:sp/></xdr:twoCellAnchor></xdr:wsDr>',
  };

  test('the command line prints the list (file named, original untouched) before the copy exists', async () => {
    const input = folder.file('带图表.xlsm');
    writeFileSync(input, await handMadeXlsx([{ name: '申报汇总', rows: submissions }], parts));
    const output = folder.file('带图表.checked.xlsx');
    const notes: { line: string; outputExisted: boolean }[] = [];
    const code = await main(['check', input], {
      out: () => undefined,
      err: (line) => notes.push({ line, outputExisted: existsSync(output) }),
      env: { LANG: 'zh_CN.UTF-8' },
      cwd: folder.path,
    });
    expect(code).toBe(0);
    const lost = notes.find((n) => n.line.includes('不会出现在检查结果文件中'));
    expect(lost?.line).toContain('“带图表.xlsm”');
    for (const what of ['图表 1 个', '数据透视表 1 个', '宏（VBA） 1 个', '图形或文本框 2 个', '原文件不受影响']) expect(lost?.line).toContain(what);
    expect(lost?.outputExisted).toBe(false);
    expect(existsSync(output)).toBe(true);
  });

  test('a picture is carried into the copy, so it is not listed', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('申报汇总');
    ws.addRows(submissions);
    // A 1×1 PNG.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const image = wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' });
    ws.addImage(image, 'H2:I4');
    const checked = await checkWorkbookBytes(new Uint8Array(await wb.xlsx.writeBuffer()), '带图片.xlsx', options);
    expect(checked.warnings.some((w) => w.zh.includes('不会出现在检查结果文件中'))).toBe(false);
    const zip = await JSZip.loadAsync(checked.output);
    expect(zip.file(/^xl\/media\/image\d*\.png$/)).toHaveLength(1);
  });

  test('the input file on disk is byte for byte what it was', async () => {
    const input = folder.file('原件.xlsx');
    writeFileSync(input, await handMadeXlsx([{ name: '申报汇总', rows: submissions }], parts));
    const before = readFileSync(input);
    expect(await main(['check', input, '--json', folder.file('r.json')], { out: () => undefined, err: () => undefined, env: {}, cwd: folder.path })).toBe(0);
    expect(readFileSync(input).equals(before)).toBe(true);
  });
});
