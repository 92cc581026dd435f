// Adding a rule must not fail silently: a rule the check runs without an entry in a built-in pack
// would never run, and a pack entry without a rule would promise a check that never happens.
import { checkWorkbook } from '../../../src/core/check';
import { builtInPacks, defaultPack, hunan2022 } from '../../../src/core/pack';
import { ruleIds } from '../../../src/core/rule-ids';
import { workbook } from '../helpers/workbook';
import { validRow } from '../helpers/rows';

test('rule ids are unique', () => {
  expect(new Set(ruleIds).size).toBe(ruleIds.length);
});

describe.each(builtInPacks.map((pack) => [pack.id, pack] as const))('built-in pack %s', (_id, pack) => {
  test('configures every rule the check runs', () => {
    expect(ruleIds.filter((id) => pack.rules[id] === undefined)).toEqual([]);
  });

  test('configures no rule the check does not run', () => {
    expect(Object.keys(pack.rules).filter((id) => !ruleIds.includes(id))).toEqual([]);
  });
});

test('the default pack is the newest built-in guide', () => {
  expect(builtInPacks).toContain(hunan2022);
  expect(defaultPack.year).toBe(Math.max(...builtInPacks.map((p) => p.year)));
});

test('a pack that lacks a rule or names an unknown one says so in the check’s notices', () => {
  const { 'amount-range': _dropped, ...kept } = hunan2022.rules;
  const pack = { ...hunan2022, rules: { ...kept, 'made-up-rule': hunan2022.rules['duplicate'] } };
  const input = workbook([validRow('3.1.1', { '申请金额（万元）': 99 }, 1)]);
  const result = checkWorkbook(input, pack);
  const zh = result.notices.map((n) => n.zh);
  expect(zh).toContain('规则包没有“amount-range”这条规则的设置，此项未检查。');
  expect(zh).toContain('规则包中的“made-up-rule”不是本程序认识的规则，已忽略。');
  expect(result.rows[0].findings.map((f) => f.rule)).not.toContain('amount-range');
  expect(checkWorkbook(input, hunan2022).notices.map((n) => n.zh).filter((n) => n.startsWith('规则包'))).toEqual([]);
});
