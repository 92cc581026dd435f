// checkActiveWorkbook on a sample round in the fake Excel: what lands in the workbook, on a host
// with every feature (ExcelApi 1.13) and on Excel 2016 (1.4).
import { checkActiveWorkbook, type Progress } from '../../../src/adapters/officejs';
import { hunan2022 } from '../../../src/core/pack/hunan-2022';
import { FILL_HEX, OUTPUT_SHEET_MARK } from '../../../src/core/style';
import type { TablePlan } from '../../../src/core/types';
import type { FakeExcel } from '../../fakes/excel';
import { columnLetters, isResultColumn, removeFakeExcel, sampleExcel } from './fixtures';

afterEach(removeFakeExcel);

const SUBMISSIONS = '申报汇总';

function expectTableWritten(fake: FakeExcel, table: TablePlan) {
  expect(fake.sheetNames()).toContain(table.name);
  const a1 = fake.cell(table.name, 'A1')?.value;
  expect(typeof a1 === 'string' && a1.startsWith(OUTPUT_SHEET_MARK)).toBe(true);
  const last = columnLetters(table.columns.length);
  expect(fake.values(table.name, `A2:${last}2`)[0]).toEqual(table.columns.map((c) => c.header));
  const data = fake.values(table.name, `A3:${last}${2 + table.rows.length}`);
  expect(data).toEqual(table.rows.map((row) => row.map((v) => v ?? '')));
  table.rowFills.forEach((fill, i) => expect(fake.cell(table.name, `A${3 + i}`)?.fill).toBe(FILL_HEX[fill]?.toUpperCase() ?? undefined));
}

describe('on ExcelApi 1.13', () => {
  test('writes the verdict and notes of every row, filled by verdict, and both sheets with links and frozen headers', async () => {
    const fake = sampleExcel(10);
    const outcome = await checkActiveWorkbook({ pack: hunan2022, lang: 'zh' });
    const columns = outcome.plan.resultColumns;
    const verdictCol = columnLetters(columns.verdictColumn);
    const notesCol = columnLetters(columns.notesColumn);

    expect(fake.cell(SUBMISSIONS, `${verdictCol}${columns.headerRow}`)?.value).toBe('校验结果');
    expect(fake.cell(SUBMISSIONS, `${notesCol}${columns.headerRow}`)?.value).toBe('问题说明');
    expect(fake.cell(SUBMISSIONS, `${notesCol}${columns.headerRow}`)?.bold).toBe(true);
    const widths = fake.sheet(SUBMISSIONS).columnWidths;
    expect(widths.get(columns.notesColumn)).toBeGreaterThan(widths.get(columns.verdictColumn) as number);
    expect(outcome.result.rows).toHaveLength(10);
    const expectedFill = { eligible: undefined, attention: FILL_HEX.amber, ineligible: FILL_HEX.red };
    for (const row of outcome.result.rows) {
      const verdict = fake.cell(SUBMISSIONS, `${verdictCol}${row.row}`);
      const notes = fake.cell(SUBMISSIONS, `${notesCol}${row.row}`);
      expect(verdict?.value).toBe(hunan2022.labels.verdict[row.verdict].zh);
      expect(notes?.value ?? '').toBe(row.findings.map((f) => `[${f.rule}] ${f.message.zh}${f.clause ? `（指南${f.clause}）` : ''}`).join('\n'));
      expect(verdict?.fill).toBe(expectedFill[row.verdict]);
      expect(notes?.fill).toBe(expectedFill[row.verdict]);
      expect(notes?.wrap).toBe(true);
    }

    expectTableWritten(fake, outcome.plan.summary);
    expectTableWritten(fake, outcome.plan.issues);
    expect(fake.sheet(outcome.plan.summary.name).frozenRows).toBe(2);
    expect(fake.sheet(outcome.plan.issues.name).frozenRows).toBe(2);
    expect(outcome.plan.issues.links.length).toBeGreaterThan(0);
    for (const link of outcome.plan.issues.links) {
      const cell = fake.cell(outcome.plan.issues.name, `${columnLetters(link.column + 1)}${3 + link.row}`);
      expect(cell?.hyperlink?.documentReference).toBe(`'${SUBMISSIONS}'!A${link.sheetRow}`);
    }
    expect(fake.host.syncs.every((s) => s.operations === 0 || s.requestBytes > 0)).toBe(true);
    expect(fake.host.syncs.some((s) => s.calculationSuspended)).toBe(true);
  });

  test('reports its stages in order: reading, checking, writing, done', async () => {
    sampleExcel(10);
    const stages: Progress['stage'][] = [];
    await checkActiveWorkbook({ pack: hunan2022, lang: 'en', onProgress: (p) => stages.push(p.stage) });
    const order = stages.filter((s, i) => s !== stages[i - 1]);
    expect(order).toEqual(['reading', 'checking', 'writing', 'done']);
  });

  test('counts read and write chunks against a total that is never below what is done', async () => {
    sampleExcel(10);
    const events: Progress[] = [];
    await checkActiveWorkbook({ pack: hunan2022, lang: 'zh', onProgress: (p) => events.push(p) });
    const counted = events.filter((p) => p.done !== undefined && p.done > 0);
    expect(counted.map((p) => p.stage)).toEqual(['reading', 'writing']);
    for (const p of counted) expect(p.total).toBeGreaterThanOrEqual(p.done as number);
  });

  test('counts its progress in sheet rows, not in requests', async () => {
    sampleExcel(10);
    const events: Progress[] = [];
    const outcome = await checkActiveWorkbook({ pack: hunan2022, lang: 'zh', onProgress: (p) => events.push(p) });
    const reading = events.filter((p) => p.stage === 'reading' && p.done !== undefined);
    const lastRead = reading[reading.length - 1];
    // Every row of the sheets it reads, header and title included, is counted once at the end.
    expect(lastRead.done).toBe(lastRead.total);
    expect(lastRead.total).toBeGreaterThanOrEqual(outcome.result.dataRows[outcome.result.dataRows.length - 1]);
    const writing = events.filter((p) => p.stage === 'writing');
    expect(writing.every((p) => p.total === outcome.result.rows.length)).toBe(true);
    expect(writing[writing.length - 1].done).toBe(outcome.result.rows.length);
  });

  test('a cancel while reading stops the check with nothing written', async () => {
    const fake = sampleExcel(10);
    const before = { sheets: fake.sheetNames(), cells: JSON.stringify(fake.cellsOf(SUBMISSIONS)) };
    const controller = new AbortController();
    const run = checkActiveWorkbook({
      pack: hunan2022,
      lang: 'zh',
      signal: controller.signal,
      onProgress: (p) => {
        if (p.stage === 'reading' && p.done !== undefined) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'cancelled', text: { zh: '已取消校验，工作簿没有改动。' } });
    expect(fake.sheetNames()).toEqual(before.sheets);
    expect(JSON.stringify(fake.cellsOf(SUBMISSIONS))).toBe(before.cells);
  });
});

describe('on Excel 2016 (ExcelApi 1.4)', () => {
  test('checks and writes the columns and sheets, without links, frozen panes or suspended calculation, and says so', async () => {
    const fake = sampleExcel(10, '1.4');
    const outcome = await checkActiveWorkbook({ pack: hunan2022, lang: 'zh' });
    const columns = outcome.plan.resultColumns;
    for (const cell of columns.cells) expect(fake.cell(SUBMISSIONS, `${columnLetters(columns.verdictColumn)}${cell.row}`)?.value).toBe(cell.verdict);
    expectTableWritten(fake, outcome.plan.summary);
    expectTableWritten(fake, outcome.plan.issues);

    const issues = fake.cellsOf(outcome.plan.issues.name);
    expect(Object.values(issues).some((c) => c.hyperlink)).toBe(false);
    expect(fake.sheet(outcome.plan.issues.name).frozenRows).toBe(0);
    expect(fake.host.syncs.some((s) => s.calculationSuspended)).toBe(false);
    const notices = outcome.notices.map((n) => n.en).join('\n');
    expect(notices).toMatch(/ExcelApi 1\.7/);
    expect(notices).toMatch(/merged cells.*ExcelApi 1\.13/);
  });
});

describe('a second run', () => {
  test('replaces the columns and sheets in place: no second result column, no second sheet', async () => {
    const fake = sampleExcel(10);
    const first = await checkActiveWorkbook({ pack: hunan2022, lang: 'zh' });
    const sheetsAfterFirst = fake.sheetNames();
    const cellsAfterFirst = fake.cellsOf(SUBMISSIONS);

    const second = await checkActiveWorkbook({ pack: hunan2022, lang: 'zh' });
    expect(fake.sheetNames()).toEqual(sheetsAfterFirst);
    expect(second.plan.resultColumns.verdictColumn).toBe(first.plan.resultColumns.verdictColumn);
    expect(second.plan.resultColumns.notesColumn).toBe(first.plan.resultColumns.notesColumn);
    expect(fake.cellsOf(SUBMISSIONS)).toEqual(cellsAfterFirst);
    const header = fake.values(SUBMISSIONS, `A${first.plan.resultColumns.headerRow}:ZZ${first.plan.resultColumns.headerRow}`)[0];
    expect(header.filter((h) => h === '校验结果')).toHaveLength(1);
    expect(fake.sheetNames().filter((n) => n === first.plan.summary.name)).toHaveLength(1);
  });

  test('empties the old result and its fill on a row the user has since cleared', async () => {
    const fake = sampleExcel(10);
    const first = await checkActiveWorkbook({ pack: hunan2022, lang: 'zh' });
    const { verdictColumn, notesColumn } = first.plan.resultColumns;
    const last = first.result.rows[first.result.rows.length - 1].row;
    const sheet = fake.sheet(SUBMISSIONS);
    for (const [column, cell] of sheet.cells.get(last) ?? [])
      if (column !== verdictColumn && column !== notesColumn) {
        cell.value = '';
        delete cell.formula;
      }

    const second = await checkActiveWorkbook({ pack: hunan2022, lang: 'zh' });
    expect(second.result.rows.map((r) => r.row)).not.toContain(last);
    for (const column of [verdictColumn, notesColumn]) {
      const cell = fake.cell(SUBMISSIONS, `${columnLetters(column)}${last}`);
      expect(cell?.value ?? '').toBe('');
      expect(cell?.fill).toBeUndefined();
    }
  });

  test('in the other language replaces the earlier sheets instead of adding a second pair', async () => {
    const fake = sampleExcel(10);
    const zh = await checkActiveWorkbook({ pack: hunan2022, lang: 'zh' });
    const en = await checkActiveWorkbook({ pack: hunan2022, lang: 'en' });
    expect(fake.sheetNames()).not.toContain(zh.plan.summary.name);
    expect(fake.sheetNames()).toContain(en.plan.summary.name);
    expect(fake.sheetNames()).toHaveLength(5);
  });
});

describe('what the user entered', () => {
  test('keeps every cell of the user: values, formulas, formats; other sheets untouched', async () => {
    const fake = sampleExcel(10);
    const before = Object.fromEntries(fake.sheetNames().map((n) => [n, fake.cellsOf(n)]));
    const outcome = await checkActiveWorkbook({ pack: hunan2022, lang: 'zh' });
    const { verdictColumn, notesColumn } = outcome.plan.resultColumns;
    const userCells = (cells: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(cells).filter(([address]) => !isResultColumn(address, verdictColumn, notesColumn)));
    expect(userCells(fake.cellsOf(SUBMISSIONS))).toEqual(userCells(before[SUBMISSIONS]));
    for (const name of Object.keys(before).filter((n) => n !== SUBMISSIONS)) expect(fake.cellsOf(name)).toEqual(before[name]);
  });

  test("keeps the user's own 分配汇总 and writes ours under another name, telling the user", async () => {
    const fake = sampleExcel(10);
    fake.addSheet({ name: '分配汇总', rows: [['我自己的汇总'], [42]] });
    const before = fake.cellsOf('分配汇总');

    const outcome = await checkActiveWorkbook({ pack: hunan2022, lang: 'zh' });
    expect(fake.cellsOf('分配汇总')).toEqual(before);
    expect(outcome.plan.summary.name).not.toBe('分配汇总');
    expect(fake.sheetNames()).toContain(outcome.plan.summary.name);
    expect(outcome.notices.some((n) => n.zh.includes('分配汇总'))).toBe(true);
  });

  test('text starting with = + - @ is written as text, never as a formula', async () => {
    const fake = sampleExcel(10);
    const header = fake.values(SUBMISSIONS, 'A1:AZ10');
    const headerRow = header.findIndex((row) => row.includes('申报单位'));
    const unitCol = header[headerRow].indexOf('申报单位') + 1;
    const amountCol = header[headerRow].findIndex((h) => typeof h === 'string' && h.startsWith('申请金额')) + 1;
    const row = headerRow + 2;
    const tricky = ['=SUM(1,2)', '+86 学会', '-学会-', '@学会'];
    fake.sheet(SUBMISSIONS).merges = []; // a merged unit cell would give the next row the same name
    tricky.forEach((text, i) => {
      fake.sheet(SUBMISSIONS).touch(row + i, unitCol).value = text;
      fake.sheet(SUBMISSIONS).touch(row + i, amountCol).value = 9999; // out of range: a finding lists the unit
    });

    const outcome = await checkActiveWorkbook({ pack: hunan2022, lang: 'zh' });
    const ours = [outcome.plan.summary.name, outcome.plan.issues.name];
    for (const name of ours) for (const cell of Object.values(fake.cellsOf(name))) expect(cell.formula).toBeUndefined();
    const issueValues = Object.values(fake.cellsOf(outcome.plan.issues.name)).map((c) => c.value);
    for (const text of tricky) expect(issueValues).toContain(text);
    const { verdictColumn, notesColumn } = outcome.plan.resultColumns;
    for (const [address, cell] of Object.entries(fake.cellsOf(SUBMISSIONS)))
      if (isResultColumn(address, verdictColumn, notesColumn)) expect(cell.formula).toBeUndefined();
  });
});
