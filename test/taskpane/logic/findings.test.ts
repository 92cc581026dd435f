import { countSeverities, countVerdicts, groupFindingsByRow } from '../../../src/taskpane/logic/findings';
import type { CheckResult, Finding, RowResult } from '../../../src/core/types';
import { smallRoundResult } from '../fixtures/small-round';

const finding = (rule: string, severity: Finding['severity']): Finding => ({
  rule,
  severity,
  clause: '一.1',
  message: { zh: rule, en: rule },
});

const row = (n: number, findings: Finding[], verdict: RowResult['verdict'] = 'eligible'): RowResult => ({
  row: n,
  unit: `unit ${n}`,
  project: `project ${n}`,
  category: null,
  unitType: null,
  requested: null,
  approved: null,
  decision: 'pending',
  verdict,
  findings,
});

const resultWith = (rows: RowResult[]): CheckResult => ({ ...smallRoundResult(), rows });

describe('groupFindingsByRow', () => {
  it('keeps sheet order and puts errors before warnings before notes inside a row', () => {
    const result = resultWith([
      row(9, [finding('b', 'info'), finding('a', 'warning'), finding('c', 'error')], 'ineligible'),
      row(3, [finding('d', 'warning')], 'attention'),
    ]);
    const groups = groupFindingsByRow(result, new Set(['error', 'warning', 'info']));
    expect(groups.map((g) => g.row)).toEqual([3, 9]);
    expect(groups[1].findings.map((f) => f.rule)).toEqual(['c', 'a', 'b']);
  });

  it('drops rows with nothing left after the filter', () => {
    const result = resultWith([row(3, [finding('d', 'warning')]), row(4, [finding('e', 'error')]), row(5, [])]);
    expect(groupFindingsByRow(result, new Set(['error'])).map((g) => g.row)).toEqual([4]);
    expect(groupFindingsByRow(result, new Set())).toEqual([]);
  });
});

describe('counts', () => {
  it('counts verdicts and severities over every row', () => {
    const result = resultWith([
      row(3, [finding('d', 'warning'), finding('x', 'info')], 'attention'),
      row(4, [finding('e', 'error')], 'ineligible'),
      row(5, []),
      row(6, []),
    ]);
    expect(countVerdicts(result)).toEqual({ eligible: 2, attention: 1, ineligible: 1 });
    expect(countSeverities(result)).toEqual({ error: 1, warning: 1, info: 1 });
  });
});
