// checkWorkbook over arbitrary sheets: every non-blank row gets exactly one verdict, every finding
// names a row that exists, and the verdict follows from the findings.
import fc from 'fast-check';
import { checkWorkbook } from '../../src/core/check';
import { InputError } from '../../src/core/errors';
import { hunan2022 } from '../../src/core/pack/hunan-2022';
import { generateSample } from '../../src/core/sample';
import type { CellValue } from '../../src/core/types';
import { verdictOf } from '../../src/core/verdict';
import { validRow } from './helpers/rows';
import { check, workbook } from './helpers/workbook';

const HEADERS = ['申报单位', '单位类型', '申报类别', '项目名称', '申请金额（万元）', '计划完成日期', '联合申报', '牵头单位', '评审结果', '批准金额（万元）', '院士专家人数'];

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(''),
  fc.constantFrom('湖南省机械工程学会', '长沙市科协、湖南省化学学会', '市州科协', '县级科协', '3.1.1', '2.1.2 院士专家市州行活动', '3.1', '是', '否', '批准', '待定', '2022-12-31', '2023年1月', '八万', '#N/A'),
  fc.integer({ min: -5, max: 100 }),
  fc.double({ min: 0, max: 1000, noNaN: true }),
  fc.boolean(),
  fc.record({ error: fc.constantFrom('#N/A', '#REF!') }),
  fc.string({ maxLength: 6 }),
);

test('every non-blank row gets one verdict and every finding names an existing row', () => {
  fc.assert(
    fc.property(fc.array(fc.array(cellValue, { minLength: HEADERS.length, maxLength: HEADERS.length }), { maxLength: 25 }), (cells) => {
      const rows = cells.map((r) => Object.fromEntries(HEADERS.map((h, i) => [h, r[i]])));
      const result = checkWorkbook(workbook(rows, { headers: HEADERS }), hunan2022);
      const rowNumbers = result.rows.map((r) => r.row);
      expect(new Set(rowNumbers).size).toBe(rowNumbers.length);
      expect(rowNumbers).toEqual(result.dataRows);
      const nonBlank = cells
        .map((r, i) => (r.some((c) => c !== null && !(typeof c === 'string' && c.trim() === '')) ? i + 2 : null))
        .filter((r): r is number => r !== null);
      expect(rowNumbers).toEqual(nonBlank);
      for (const row of result.rows) {
        expect(row.verdict).toBe(verdictOf(row.findings));
        for (const f of row.findings) expect(f.row).toBe(row.row);
      }
      const existing = new Set(rowNumbers);
      for (const node of result.nodes) for (const f of node.findings) for (const r of f.rows) expect(existing.has(r)).toBe(true);
    }),
    { numRuns: 60 },
  );
});

test('info never changes a verdict, a warning makes it 需关注, an error 不合格', () => {
  expect(verdictOf([{ rule: 'focus-industry', severity: 'info', clause: '', message: { zh: '', en: '' } }])).toBe('eligible');
  expect(verdictOf([{ rule: 'duplicate', severity: 'warning', clause: '', message: { zh: '', en: '' } }])).toBe('attention');
  expect(
    verdictOf([
      { rule: 'duplicate', severity: 'warning', clause: '', message: { zh: '', en: '' } },
      { rule: 'bad-value', severity: 'error', clause: '', message: { zh: '', en: '' } },
    ]),
  ).toBe('ineligible');
});

test('a disabled rule does not run', () => {
  const pack = { ...hunan2022, rules: { ...hunan2022.rules, 'electronic-copy': { ...hunan2022.rules['electronic-copy'], enabled: false } } };
  const result = checkWorkbook(workbook([validRow('3.1.1', { 电子版: '否' })]), pack);
  expect(result.rows[0].findings).toEqual([]);
});

test('the pack’s own blacklist applies as well as the workbook’s', () => {
  const pack = { ...hunan2022, blacklist: [{ unit: '湖南省机械工程学会', startYear: 2021 }] };
  const result = checkWorkbook(workbook([validRow('3.1.1')]), pack);
  expect(result.rows[0].findings.map((f) => f.rule)).toEqual(['blacklist']);
});

test('a workbook without a header row is an InputError, not a crash', () => {
  expect(() => checkWorkbook({ sheets: [{ name: 'Sheet1', rows: [['hello']] }] }, hunan2022)).toThrow(InputError);
});

test('the made-up round checks end to end, and its result and the input agree on rows', () => {
  const input = generateSample(hunan2022, { rows: 120, seed: 7 });
  const result = checkWorkbook(input, hunan2022);
  expect(result.rows.length).toBeGreaterThan(0);
  expect(new Set(result.rows.map((r) => r.verdict))).toEqual(new Set(['eligible', 'attention', 'ineligible']));
});

test('a required column the sheet lacks is explained once, with the headers that would be read', () => {
  // The sheet calls the completion date 结项时间, a spelling the pack does not know.
  const rows = [validRow('3.1.1', {}, 1), validRow('3.1.1', {}, 2)].map(({ 计划完成日期, ...rest }) => ({ ...rest, 结项时间: 计划完成日期 }));
  const result = check(rows);
  expect(result.rows.every((r) => r.findings.some((f) => f.rule === 'required-field' && f.message.zh.includes('计划完成日期')))).toBe(true);
  const notices = result.notices.filter((n) => n.zh.includes('找不到「计划完成日期」列'));
  expect(notices).toHaveLength(1);
  expect(notices[0].zh).toContain('完成时间');
  expect(notices[0].en).toContain('every row reports it missing');
});

test('no such notice when every required column is there', () => {
  expect(check([validRow('3.1.1')]).notices.filter((n) => n.zh.includes('找不到'))).toEqual([]);
});
