import { hunan2022, packIndex } from '../../src/core/pack';
import { readSubmissions } from '../../src/core/read';
import { templateSpec } from '../../src/core/template';
import type { CellValue } from '../../src/core/types';

const zh = templateSpec(hunan2022, 'zh');

test('the submissions sheet is the pack’s first sheet name, starting with 序号, with every column and figure', () => {
  expect(zh.sheetName).toBe('申报汇总');
  expect(zh.columns[0].header).toBe('序号');
  const fields = zh.columns.map((c) => c.field);
  for (const column of hunan2022.columns) expect(fields).toContain(column.key);
  for (const figure of hunan2022.figures) expect(fields).toContain(figure.key);
  expect(new Set(fields).size).toBe(fields.length);
});

test('coded columns name their drop-down list, and each list exists', () => {
  const lists = new Map(zh.lists.lists.map((l) => [l.name, l.values]));
  const listOf = (field: string) => lists.get(zh.columns.find((c) => c.field === field)!.list!);
  expect(zh.lists.sheetName).toBe('下拉选项');
  expect(listOf('unitType')).toEqual(['省级学会', '市州科协', '高校科协']);
  expect(listOf('category')).toContain('3.1.1 青年科技论坛（沙龙）');
  expect(listOf('category')).toHaveLength(packIndex(hunan2022).leaves.length);
  expect(listOf('proofMaterials')).toEqual(['是', '否']);
  expect(listOf('decision')).toEqual(['批准', '不批准', '待定']);
  for (const column of zh.columns) if (column.list) expect(lists.has(column.list)).toBe(true);
});

test('amounts and dates carry number formats; required columns say so', () => {
  const byField = new Map(zh.columns.map((c) => [c.field, c]));
  expect(byField.get('requested')?.numberFormat).toBe('0.00');
  expect(byField.get('completion')?.numberFormat).toBe('yyyy-mm-dd');
  expect(byField.get('unit')?.note).toBe('必填');
  expect(byField.get('experts')?.note).toMatch(/2\.1\.2/);
});

test('设置 has a 项目/值 header and an empty 申报截止日期; 失信名单 has its two columns; 填表说明 is plain', () => {
  expect(zh.settings).toEqual({ sheetName: '设置', rows: [['项目', '值'], ['申报截止日期', '']] });
  expect(zh.blacklist).toEqual({ sheetName: '失信名单', headers: ['单位名称', '起始年度'] });
  expect(zh.instructions.lines.join('\n')).toMatch(/校验结果/);
  expect(templateSpec(hunan2022, 'en').instructions.lines.join('\n')).toMatch(/10,000 yuan/);
});

test.each(['zh', 'en'] as const)('a sheet laid out from the %s template reads back, every column recognised', (lang) => {
  const spec = templateSpec(hunan2022, lang);
  const rows: CellValue[][] = [[spec.title], spec.columns.map((c) => c.header)];
  const read = readSubmissions({ sheets: [{ name: spec.sheetName, rows }] }, hunan2022);
  expect(read.headerRow).toBe(2);
  expect(read.unknownHeaders).toEqual([]);
  expect(read.columns.map((c) => c.field)).toEqual(spec.columns.map((c) => c.field));
  expect(read.columns.find((c) => c.field === 'requested')?.unit).toBe('wan');
});

test('填表说明 gives the completion deadline as the last allowed day, with 一.4’s exception', () => {
  const lines = templateSpec(hunan2022, 'zh').instructions.lines.join('\n');
  // "2022-12-31前完成" reads as if the 31st itself were too late.
  expect(lines).toContain(`最迟于${hunan2022.deadlines.completion}完成`);
  expect(lines).toMatch(/除外/);
});
