import { checkWorkbook } from '../../../src/core/check';
import { hunan2022, packIndex } from '../../../src/core/pack';
import { readSubmissions } from '../../../src/core/read';
import { generateSample, SAMPLE_DEFAULTS } from '../../../src/core/sample';
import { CITY_ASTS } from '../../../src/core/sample/units';

const big = generateSample(hunan2022, { rows: 2000, seed: 11 });
const bigResult = checkWorkbook(big, hunan2022);

test('the same seed gives the same workbook; another seed a different one', () => {
  const a = generateSample(hunan2022, { rows: 200, seed: 5 });
  const b = generateSample(hunan2022, { rows: 200, seed: 5 });
  const c = generateSample(hunan2022, { rows: 200, seed: 6 });
  expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
});

test('the default is 120 application rows under a title row and the header row', () => {
  const input = generateSample(hunan2022);
  const read = readSubmissions(input, hunan2022);
  expect(SAMPLE_DEFAULTS).toEqual({ rows: 120, seed: 2022 });
  expect(read.headerRow).toBe(2);
  expect(read.applications).toHaveLength(120);
  expect(read.unknownHeaders).toEqual([]);
});

test('every leaf category and all 14 city ASTs appear', () => {
  const categories = new Set(bigResult.rows.map((r) => r.category));
  for (const leaf of packIndex(hunan2022).leaves) expect(categories).toContain(leaf.code);
  const units = new Set(bigResult.rows.map((r) => r.unit));
  for (const city of CITY_ASTS) expect(units).toContain(city);
  expect(CITY_ASTS).toHaveLength(14);
});

test('mostly good rows, and every kind of flaw the guide knows shows up', () => {
  const eligible = bigResult.rows.filter((r) => r.verdict === 'eligible').length / bigResult.rows.length;
  expect(eligible).toBeGreaterThan(0.5);
  expect(eligible).toBeLessThan(0.85);
  const rules = new Set(bigResult.rows.flatMap((r) => r.findings.map((f) => f.rule)));
  for (const rule of [
    'required-field', 'unit-type', 'unit-type-guess', 'unknown-category', 'category-not-leaf', 'category-eligibility',
    'joint-lead', 'completion-deadline', 'subcontract', 'city-review', 'blacklist', 'paper-copies', 'proof-materials',
    'electronic-copy', 'late-submission', 'amount-range', 'indicator', 'duplicate', 'focus-industry', 'bad-value',
  ]) {
    expect(rules).toContain(rule);
  }
});

test('decisions: approvals fill quotas with one leaf over, and some leaves still pending', () => {
  const nodeRules = new Set(bigResult.nodes.flatMap((n) => n.findings.map((f) => f.rule)));
  expect(nodeRules).toContain('quota-exceeded');
  expect(bigResult.rows.some((r) => r.decision === 'approved')).toBe(true);
  expect(bigResult.rows.some((r) => r.decision === 'rejected')).toBe(true);
  expect(bigResult.rows.some((r) => r.decision === 'pending')).toBe(true);
  // Approvals go to rows without errors only.
  expect(bigResult.rows.filter((r) => r.decision === 'approved' && r.verdict === 'ineligible')).toEqual([]);
});

test('typed the way people type: amounts with units, dates as text, merged unit cells, a blank row', () => {
  const sheet = big.sheets[0];
  const requested = readSubmissions(big, hunan2022).applications.map((a) => a.fields.requested?.raw);
  expect(requested.some((v) => typeof v === 'string' && /万元$/.test(v))).toBe(true);
  expect(requested.some((v) => typeof v === 'string' && /^\d{1,3}(,\d{3})+元$/.test(v))).toBe(true);
  const unitMerges = (sheet.merges ?? []).filter((m) => m.top > 2);
  expect(unitMerges.length).toBeGreaterThan(0);
  for (const m of unitMerges) expect(m.bottom - m.top).toBe(1);
  expect(sheet.rows.slice(2).some((row) => row.length === 0)).toBe(true);
});

test('a 设置 sheet with the deadline and a 失信名单 with one ban in force and one expired', () => {
  const names = big.sheets.map((s) => s.name);
  expect(names).toEqual(['申报汇总', '设置', '失信名单']);
  const read = readSubmissions(big, hunan2022);
  expect(read.settings.submissionDeadline).toBe('2022-06-30');
  const years = read.blacklist.map((b) => b.startYear).sort();
  // 2020 covers 2020–2022 (in force for 2022); 2019 covers 2019–2021 (over).
  expect(years).toEqual([2019, 2020]);
});

test('100,000 rows are generated in seconds, not minutes', () => {
  generateSample(hunan2022, { rows: 10_000, seed: 2 }); // warm up the JIT, as a benchmark would
  const before = process.cpuUsage();
  const input = generateSample(hunan2022, { rows: 100_000, seed: 1 });
  const used = process.cpuUsage(before);
  expect(input.sheets[0].rows.length).toBeGreaterThan(100_000);
  // CPU time, not wall time, so a busy test machine does not make this flaky. Plain node takes
  // about 0.7 s of CPU; jest's sandboxed globals make the same code several times slower.
  expect((used.user + used.system) / 1000).toBeLessThan(6000);
});

test('even the default 120 rows show each kind of flaw, a merged unit cell and a blank row', () => {
  const input = generateSample(hunan2022);
  const result = checkWorkbook(input, hunan2022);
  const rules = new Set(result.rows.flatMap((r) => r.findings.map((f) => f.rule)));
  for (const rule of ['unit-type', 'unit-type-guess', 'category-eligibility', 'required-field', 'amount-range', 'completion-deadline', 'joint-lead', 'subcontract', 'city-review', 'paper-copies', 'blacklist', 'indicator', 'late-submission', 'bad-value', 'duplicate']) {
    expect(rules).toContain(rule);
  }
  const sheet = input.sheets[0];
  expect((sheet.merges ?? []).some((m) => m.top > 2 && m.bottom === m.top + 1)).toBe(true);
  expect(sheet.rows.slice(2).some((row) => row.length === 0)).toBe(true);
  expect(result.nodes.some((n) => n.findings.some((f) => f.rule === 'quota-exceeded'))).toBe(true);
});

test('a large round is not mostly duplicates: only the deliberate few repeat', () => {
  const result = checkWorkbook(generateSample(hunan2022, { rows: 5000, seed: 3 }), hunan2022);
  const duplicates = result.rows.filter((r) => r.findings.some((f) => f.rule === 'duplicate')).length;
  expect(duplicates / result.rows.length).toBeLessThan(0.08);
  expect(result.rows.filter((r) => r.verdict === 'eligible').length / result.rows.length).toBeGreaterThan(0.5);
});
