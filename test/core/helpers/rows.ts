// Rows that pass every rule, derived from the pack (not copied from the program's output), so a
// test changes one cell and sees exactly the rule that cell is about.
import { hunan2022 } from '../../../src/core/pack/hunan-2022';
import { packIndex } from '../../../src/core/pack/tree';
import type { RowSpec } from './workbook';

const UNIT_OF_TYPE: Record<string, string> = {
  省级学会: '湖南省机械工程学会',
  市州科协: '长沙市科协',
  高校科协: '中南大学科协',
};

function inherited<K extends 'per' | 'who'>(code: string, key: K) {
  const index = packIndex(hunan2022);
  for (const node of [index.byCode.get(code)!, ...index.ancestors(code)]) if (node[key] !== null) return node[key]!;
  throw new Error(`no ${key} for ${code}`);
}

/** A conforming application for leaf `code`, by an applicant type that may apply for it. */
export function validRow(code = '3.1.1', overrides: RowSpec = {}, n = 1): RowSpec {
  const type = (overrides['单位类型'] as string | undefined) ?? inherited(code, 'who')[0];
  const row: RowSpec = {
    申报单位: UNIT_OF_TYPE[type] ?? '湖南省机械工程学会',
    单位类型: type,
    申报类别: code,
    项目名称: `项目${n}`,
    '申请金额（万元）': inherited(code, 'per').min,
    计划完成日期: '2022-12-01',
    纸质版份数: hunan2022.paperCopiesMin,
    证明材料: '是',
    电子版: '是',
  };
  if (type === '市州科协') Object.assign(row, { 同级科协审核: '是', 财政部门汇总: '是' });
  for (const figure of hunan2022.figures) {
    if (figure.category === code) row[figure.header] = figure.min ?? figure.max ?? 0;
  }
  return { ...row, ...overrides };
}

/** `n` distinct conforming rows of `code`, each approved for `amount`. */
export function approvedRows(code: string, n: number, amount: number, from = 1): RowSpec[] {
  return Array.from({ length: n }, (_, i) =>
    validRow(code, { 项目名称: `${code}项目${from + i}`, 评审结果: '批准', '批准金额（万元）': amount }, from + i),
  );
}
