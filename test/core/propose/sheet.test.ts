// The two proposal sheets as plain tables, and the cells 采纳建议 writes: what a reader of the copy sees.
import { loadSolver } from '../../../src/cli/solver';
import { applyProposal } from '../../../src/core/propose/apply';
import { propose } from '../../../src/core/propose';
import { planProposalSheet, planProposalSummary } from '../../../src/core/propose/sheet';
import { OUTPUT_SHEET_MARK } from '../../../src/core/style';
import { node, packWith, roundOf } from './rounds';

const pack = packWith([node('1', null, { min: 1, max: 2 }, 20, { min: 5, max: 10 })], 100);
const round = () => {
  const result = roundOf([
    { category: '1', requested: 10, score: 90 },
    { category: '1', requested: 10, score: 80, verdict: 'attention' },
    { category: '1', requested: 10, score: 70 },
    { category: '1', requested: 10, score: 99, verdict: 'ineligible' },
    { category: '1', requested: 10, score: 60, decision: 'rejected' },
  ]);
  result.columns = [
    { field: 'decision', column: 20, header: '评审结果', type: 'decision' },
    { field: 'approved', column: 21, header: '批准金额（万元）', type: 'amount' },
  ];
  return result;
};

test('建议立项: one row per sheet row, linked to it, with the proposal, amount, score, rank and why', async () => {
  const result = round();
  const proposal = propose(result, pack, await loadSolver());
  const plan = planProposalSheet(result, proposal, pack, 'zh', '建议立项');
  expect(plan.title.startsWith(`${OUTPUT_SHEET_MARK}建议立项（满足全部名额和预算`)).toBe(true);
  expect(plan.rows.map((r) => [r[0], r[5], r[6], r[8], r[9], r[10]])).toEqual([
    [3, 90, 1, '建议批准', 10, ''],
    [4, 80, 2, '建议批准', 10, '需关注：请看校验结果'],
    [5, 70, 3, '建议不批准', null, '“类别1”名额已满（2/2 项）'],
    [6, 99, null, '建议不批准', null, '本行有不合格问题，不能建议批准'],
    [7, 60, 4, '已定（不批准）', null, ''],
  ]);
  expect(plan.rowFills).toEqual(['green', 'amber', 'none', 'none', 'none']);
  expect(plan.links[0]).toEqual({ row: 0, column: 0, sheet: '申报汇总', sheetRow: 3 });

  const summary = planProposalSummary(result, proposal, pack, 'zh', '建议立项汇总');
  // Node 1 and the total: 2 of 1–2 places, 20 of 20 万元: both bind.
  expect(summary.rows[0]).toEqual(['1', '类别1', '1–2', 20, 0, 2, 2, 20, 0, '名额已满、预算用尽']);
  expect(summary.rows[1].slice(0, 2)).toEqual(['合计', pack.total.name]);
});

test('采纳建议: 批准 and the amount for proposed rows, 不批准 for the others, decided rows untouched', async () => {
  const result = round();
  const proposal = propose(result, pack, await loadSolver());
  const applied = applyProposal(result, proposal, pack);
  expect(applied).toEqual({
    ok: true,
    edits: [
      { row: 3, column: 20, value: '批准' },
      { row: 3, column: 21, value: 10 },
      { row: 4, column: 20, value: '批准' },
      { row: 4, column: 21, value: 10 },
      { row: 5, column: 20, value: '不批准' },
      { row: 5, column: 21, value: null },
      { row: 6, column: 20, value: '不批准' },
      { row: 6, column: 21, value: null },
    ],
  });
});

test('采纳建议 without decision columns says which to add', async () => {
  const result = round();
  result.columns = [];
  const applied = applyProposal(result, propose(result, pack, await loadSolver()), pack);
  expect(applied.ok).toBe(false);
  if (!applied.ok)
    expect(applied.message.zh).toBe(
      '申报表没有“评审结果”或“批准金额（万元）”列，无法写入建议：请先添加这两列。',
    );
});
