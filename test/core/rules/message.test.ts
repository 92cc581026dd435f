// How a rule's finding is worded and shaped: the pack's templates filled in both languages, and
// only the keys a finding has, always in the order the JSON report lists them.
import { hunan2022 } from '../../../src/core/pack';
import { finding } from '../../../src/core/rules/message';

test('a finding takes its severity, clause and wording from the pack, filled in each language', () => {
  const f = finding(hunan2022, 'required-field', 7, { column: 3, header: '申报类别' }, { header: '申报类别' });
  expect(f).toEqual({
    rule: 'required-field',
    severity: 'error',
    clause: '一.2',
    message: { zh: '「申报类别」未填写，申报要素须齐全', en: '"申报类别" is empty; the application must be complete' },
    row: 7,
    column: 3,
    header: '申报类别',
  });
});

test.each([
  ['row, column and header', 7, { column: 3, header: '申报类别' }, ['row', 'column', 'header']],
  ['row and column', 7, { column: 3 }, ['row', 'column']],
  ['row and header', 7, { header: '申报类别' }, ['row', 'header']],
  ['a row only', 7, {}, ['row']],
  ['no row (a node finding), with a column', undefined, { column: 3 }, ['column']],
  ['no row, with a column and header', undefined, { column: 3, header: '申报类别' }, ['column', 'header']],
  ['nothing but the rule', undefined, {}, []],
] as const)('a finding with %s has just those keys, in the report’s order', (_label, row, cell, extra) => {
  const f = finding(hunan2022, 'required-field', row, cell, { header: 'x' });
  expect(Object.keys(f)).toEqual(['rule', 'severity', 'clause', 'message', ...extra]);
});

test('an override replaces the pack’s severity and clause (indicator does this per figure)', () => {
  const f = finding(hunan2022, 'required-field', 2, {}, { header: 'x' }, { severity: 'warning', clause: '三.1' });
  expect([f.severity, f.clause]).toEqual(['warning', '三.1']);
});

test('a rule the pack does not word is reported by its id rather than lost', () => {
  const f = finding(hunan2022, 'no-such-rule', 2, {}, {});
  expect(f).toMatchObject({ rule: 'no-such-rule', severity: 'error', clause: '', message: { zh: 'no-such-rule', en: 'no-such-rule' } });
});

test('a quoted cell of thousands of characters is shown by its first 200, never cutting a character in half', () => {
  const long = '研'.repeat(199) + '😀' + '尾'.repeat(1000);
  const { zh } = finding(hunan2022, 'required-field', 2, {}, { header: long }).message;
  const quoted = zh.slice(1, zh.indexOf('」'));
  expect(quoted).toBe('研'.repeat(199) + '…');
  expect(finding(hunan2022, 'required-field', 2, {}, { header: '短' }).message.zh).toContain('「短」');
});
