// What the adapters write: the two result columns, 分配汇总 and 问题清单.
import { hunan2022 } from '../../../src/core/pack/hunan-2022';
import { OUTPUT_SHEET_MARK } from '../../../src/core/style';
import { planOutputs } from '../../../src/core/summary';
import { approvedRows, validRow } from '../helpers/rows';
import { check, FIRST_DATA_ROW } from '../helpers/workbook';

const result = check([
  validRow('3.1.1', {}, 1),
  validRow('3.1.1', { 执行主席年龄: 45 }, 2),
  validRow('3.1.1', { 电子版: '否', 证明材料: '否' }, 3),
  ...approvedRows('3.4', 3, 10, 10),
]);

describe('the result columns', () => {
  const plan = planOutputs(result, hunan2022, 'zh').resultColumns;

  test('sit where the reader placed them, under 校验结果 and 问题说明', () => {
    expect(plan.headers).toEqual(['校验结果', '问题说明']);
    expect(plan.verdictColumn).toBe(result.outputColumns.verdict);
    expect(plan.cells.map((c) => c.row)).toEqual(result.dataRows);
  });

  test('say the verdict in words, coloured none / amber / red', () => {
    expect(plan.cells.slice(0, 3).map((c) => [c.verdict, c.fill])).toEqual([
      ['合格', 'none'],
      ['需关注', 'amber'],
      ['不合格', 'red'],
    ]);
  });

  test('list each finding as [rule-id] message, one per line', () => {
    const notes = plan.cells[2].notes.split('\n');
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(/^\[proof-materials\] /);
    expect(notes[1]).toMatch(/^\[electronic-copy\] /);
    expect(plan.cells[0].notes).toBe('');
  });

  test('each line ends with the guide clause the finding comes from', () => {
    const [proof, electronic] = result.rows[2].findings;
    const notes = plan.cells[2].notes.split('\n');
    expect(notes[0]).toBe(`[proof-materials] ${proof.message.zh}（指南二.4）`);
    expect(notes[1]).toBe(`[electronic-copy] ${electronic.message.zh}（指南二.4）`);
  });

  test('in English when asked', () => {
    const en = planOutputs(result, hunan2022, 'en').resultColumns;
    expect(en.headers).toEqual(['Result', 'Problems']);
    expect(en.cells[2].verdict).toBe('Ineligible');
    expect(en.cells[2].notes).toContain('[electronic-copy] Electronic copy');
  });
});

describe('分配汇总', () => {
  const table = planOutputs(result, hunan2022, 'zh').summary;

  test('is titled with the mark, one row per node plus the total', () => {
    expect(table.name).toBe('分配汇总');
    expect(table.title.startsWith(OUTPUT_SHEET_MARK)).toBe(true);
    expect(table.rows).toHaveLength(hunan2022.categories.length + 1);
    expect(table.columns.map((c) => c.header)[0]).toBe('代码');
  });

  test('shows counts as ranges, names indented by level, and bolds level 1 and the total', () => {
    const first = table.rows[0];
    expect(first[0]).toBe('1');
    expect(first[2]).toBe('5–8');
    expect(first[3]).toBe(50);
    const leaf = table.rows.findIndex((r) => r[0] === '3.1.1');
    expect(String(table.rows[leaf][1])).toBe('\u3000\u3000青年科技论坛（沙龙）');
    expect(table.rowBold[0]).toBe(true);
    expect(table.rowBold[leaf]).toBe(false);
    expect(table.rowBold[table.rows.length - 1]).toBe(true);
    expect(table.rows[table.rows.length - 1][3]).toBe(560);
  });

  test('fills by status: a full node green', () => {
    const i = table.rows.findIndex((r) => r[0] === '3.4');
    expect(table.rows[i][11]).toBe('已满');
    expect(table.rowFills[i]).toBe('green');
    expect(table.rows[i][8]).toBe(30);
  });
});

describe('问题清单', () => {
  const table = planOutputs(result, hunan2022, 'zh').issues;

  test('lists node findings first, then every row finding in row order', () => {
    const rules = table.rows.map((r) => r[4]);
    const nodeCount = result.nodes.reduce((n, node) => n + node.findings.length, 0);
    const rowCount = result.rows.reduce((n, row) => n + row.findings.length, 0);
    expect(table.rows).toHaveLength(nodeCount + rowCount);
    expect(rules.slice(nodeCount)).toEqual(result.rows.flatMap((r) => r.findings.map((f) => f.rule)));
    expect(rules.slice(0, nodeCount).every((r) => String(r).startsWith('quota') || String(r).startsWith('budget'))).toBe(true);
  });

  test('a quota or budget finding names its rows in the description, not in the row-number column', () => {
    // "会地"合作 funds 3 projects; approving 4 exceeds its quota.
    const over = check(approvedRows('3.4', 4, 10, 10));
    const finding = over.nodes.find((n) => n.code === '3.4')!.findings.find((f) => f.rule === 'quota-exceeded')!;
    expect(finding.rows).toHaveLength(4);
    const issues = planOutputs(over, hunan2022, 'zh').issues;
    const line = issues.rows.find((r) => r[4] === 'quota-exceeded' && r[3] === '3.4')!;
    expect(line[0]).toBeNull();
    expect(String(line[6])).toContain(finding.message.zh);
    expect(String(line[6])).toContain(`涉及第 ${finding.rows.join('、')} 行`);
  });

  test('links each row number to its row on the submissions sheet, with severity words and fills', () => {
    const i = table.rows.findIndex((r) => r[4] === 'indicator');
    expect(table.rows[i][0]).toBe(FIRST_DATA_ROW + 1);
    expect(table.rows[i][5]).toBe('警告');
    expect(table.rowFills[i]).toBe('amber');
    expect(table.links).toContainEqual({ row: i, column: 0, sheet: result.sheet, sheetRow: FIRST_DATA_ROW + 1 });
    expect(table.title.startsWith(OUTPUT_SHEET_MARK)).toBe(true);
  });
});

test('a user’s own 问题清单 makes the plan use another name and say so', () => {
  const plan = planOutputs(result, hunan2022, 'zh', [{ name: '问题清单', a1: '自己记的问题' }]);
  expect(plan.issues.name).toBe('问题清单（申报助手）');
  expect(plan.summary.name).toBe('分配汇总');
  expect(plan.notices).toHaveLength(1);
});

test('in English the sheets, headers, names, statuses and severities are English', () => {
  const plan = planOutputs(result, hunan2022, 'en');
  expect(plan.summary.name).toBe('Allocation summary');
  expect(plan.issues.name).toBe('Issues');
  expect(plan.summary.columns[0].header).toBe('Code');
  const total = plan.summary.rows[plan.summary.rows.length - 1];
  expect(total[0]).toBe('Total');
  expect(total[1]).toBe(hunan2022.total.en);
  const i = plan.issues.rows.findIndex((r) => r[4] === 'indicator');
  expect(plan.issues.rows[i][5]).toBe('Warning');
  expect(String(plan.issues.rows[i][6])).toMatch(/[A-Za-z]/);
});
