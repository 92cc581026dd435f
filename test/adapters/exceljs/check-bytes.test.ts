import { checkWorkbookBytes } from '../../../src/adapters/exceljs/check-bytes';
import { sampleWorkbookBytes } from '../../../src/adapters/exceljs/sample-workbook';
import { InputError } from '../../../src/core/errors';
import { hunan2022 } from '../../../src/core/pack';
import { reportSchema } from '../../../src/core/report';
import { excelSerial, handMadeXlsx } from '../../fixtures/hand-made-xlsx';
import { loadBytes } from './cell-snapshot';

const zh = { pack: hunan2022, lang: 'zh' as const };

describe('the sample round, checked end to end', () => {
  let input: Uint8Array;
  let first: Awaited<ReturnType<typeof checkWorkbookBytes>>;
  beforeAll(async () => {
    input = await sampleWorkbookBytes(hunan2022, { rows: 120, seed: 2022 });
    first = await checkWorkbookBytes(input, 'sample.xlsx', zh);
  });

  test('every application row is checked and the report validates against reportSchema', () => {
    expect(first.result.rows).toHaveLength(120);
    expect(() => reportSchema.parse(first.report)).not.toThrow();
    expect(first.report.rows).toHaveLength(120);
  });

  test('the round holds all three verdicts and at least one node over its quota', () => {
    const verdicts = new Set(first.result.rows.map((r) => r.verdict));
    expect(verdicts).toEqual(new Set(['eligible', 'attention', 'ineligible']));
    expect(first.result.nodes.some((n) => n.status === 'over')).toBe(true);
  });

  test('the input bytes are not changed', async () => {
    const before = Buffer.from(input).toString('base64');
    await checkWorkbookBytes(input, 'sample.xlsx', zh);
    expect(Buffer.from(input).toString('base64')).toBe(before);
  });

  test('checking the checked copy again replaces the output: same columns, no second 分配汇总', async () => {
    const second = await checkWorkbookBytes(first.output, 'sample.checked.xlsx', zh);
    expect(second.plan.resultColumns.verdictColumn).toBe(first.plan.resultColumns.verdictColumn);
    expect(second.plan.resultColumns.notesColumn).toBe(first.plan.resultColumns.notesColumn);
    expect(second.plan.summary.name).toBe(first.plan.summary.name);
    expect(second.plan.issues.name).toBe(first.plan.issues.name);
    const names = (await loadBytes(second.output)).worksheets.map((ws) => ws.name);
    expect(names).toEqual((await loadBytes(first.output)).worksheets.map((ws) => ws.name));
    expect(names.filter((n) => n.startsWith('分配汇总'))).toEqual(['分配汇总']);
    expect(second.result.rows.map((r) => r.verdict)).toEqual(first.result.rows.map((r) => r.verdict));
  });

  test('a user’s own sheet named 分配汇总 is left alone and the output goes beside it', async () => {
    const wb = await loadBytes(input);
    wb.addWorksheet('分配汇总').getCell('A1').value = '我自己的分配表';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const checked = await checkWorkbookBytes(bytes, 'own.xlsx', zh);
    expect(checked.plan.summary.name).not.toBe('分配汇总');
    expect(checked.warnings.some((w) => w.zh.includes('分配汇总'))).toBe(true);
    const out = await loadBytes(checked.output);
    expect(out.getWorksheet('分配汇总')!.getCell('A1').value).toBe('我自己的分配表');
  });
});

test('a workbook written by another program (shared strings, inline strings, cached formulas) is checked', async () => {
  const headers = ['序号', '申报单位', '单位类型', '申报类别', '项目名称', '申请金额（万元）', '计划完成日期', '纸质版份数', '证明材料', '电子版'];
  const bytes = await handMadeXlsx([
    {
      name: '申报表',
      rows: [
        ['2022年申报汇总'],
        headers,
        [1, '湖南省医学会', '省级学会', '3.1.2', { inline: '高端学术研讨会' }, { formula: '4+4', result: 8 }, { date: excelSerial(2022, 11, 30) }, 3, '是', '是'],
        [2, '长沙市科协', '市州科协', '3.2.1', '科技助力乡村振兴', '10万元', '2022年11月', 3, '是', '是'],
        [3, '湖南大学科协', null, '3.1.2', '学术年会', { error: '#DIV/0!' }, '2023-03-01', 2, '是', '是'],
      ],
      merges: ['A1:J1'],
    },
  ]);
  const checked = await checkWorkbookBytes(bytes, 'other.xlsx', zh);
  expect(checked.result.sheet).toBe('申报表');
  expect(checked.result.headerRow).toBe(2);
  const byRow = new Map(checked.result.rows.map((r) => [r.row, r]));
  expect(byRow.get(3)?.requested).toBe(8);
  expect(byRow.get(3)?.verdict).toBe('eligible');
  // 长沙市科协 may not apply for 3.2.1 (省级学会 only).
  expect(byRow.get(4)?.findings.map((f) => f.rule)).toContain('category-eligibility');
  expect(byRow.get(5)?.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['bad-value', 'completion-deadline', 'paper-copies']));
  expect(() => reportSchema.parse(checked.report)).not.toThrow();
});

test('a --sheet that does not exist stops the check with the core’s sentence', async () => {
  const bytes = await handMadeXlsx([{ name: '申报汇总', rows: [['申报单位', '申报类别', '项目名称']] }]);
  await expect(checkWorkbookBytes(bytes, 'a.xlsx', { ...zh, sheet: '不存在' })).rejects.toBeInstanceOf(InputError);
});
