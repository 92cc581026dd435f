// Build a small submissions workbook the way a user keeps one: a header row, then one object per
// row keyed by header (`{ 申报单位: …, 单位类型: … }`). Row i of the list is sheet row i + 2.
import { checkWorkbook } from '../../../src/core/check';
import { hunan2022 } from '../../../src/core/pack/hunan-2022';
import type { RulePack } from '../../../src/core/pack/schema';
import type { CellValue, CheckResult, Finding, RowResult, WorkbookInput } from '../../../src/core/types';

export type RowSpec = Record<string, CellValue>;

export interface WorkbookOptions {
  /** 设置 sheet entries, e.g. { 申报截止日期: '2022-06-30' }. */
  settings?: Record<string, CellValue>;
  /** 失信名单 entries: [单位名称, 起始年度]. */
  blacklist?: [string, number][];
  /** Headers to put on the sheet even when no row fills them. */
  headers?: string[];
  sheetName?: string;
}

export const FIRST_DATA_ROW = 2;

export function workbook(rows: RowSpec[], opts: WorkbookOptions = {}): WorkbookInput {
  const headers: string[] = [...(opts.headers ?? [])];
  for (const row of rows) for (const key of Object.keys(row)) if (!headers.includes(key)) headers.push(key);
  const sheets: WorkbookInput['sheets'] = [
    {
      name: opts.sheetName ?? '申报汇总',
      rows: [headers, ...rows.map((row) => headers.map((h) => (h in row ? row[h] : null)))],
    },
  ];
  if (opts.settings)
    sheets.push({ name: '设置', rows: [['项目', '值'], ...Object.entries(opts.settings).map(([k, v]) => [k, v])] });
  if (opts.blacklist) sheets.push({ name: '失信名单', rows: [['单位名称', '起始年度'], ...opts.blacklist] });
  return { source: 'test.xlsx', sheets };
}

export function check(rows: RowSpec[], opts: WorkbookOptions = {}, pack: RulePack = hunan2022): CheckResult {
  return checkWorkbook(workbook(rows, opts), pack);
}

/** The result of the i-th row given (0-based). */
export function rowOf(result: CheckResult, i: number): RowResult {
  const row = result.rows.find((r) => r.row === FIRST_DATA_ROW + i);
  if (!row) throw new Error(`no result for list row ${i} (sheet row ${FIRST_DATA_ROW + i})`);
  return row;
}

export function findingsOf(result: CheckResult, i: number, rule: string): Finding[] {
  return rowOf(result, i).findings.filter((f) => f.rule === rule);
}

/** The rule ids found on the i-th row. */
export function rulesOf(result: CheckResult, i: number): string[] {
  return rowOf(result, i).findings.map((f) => f.rule);
}

export function node(result: CheckResult, code: string) {
  const found = result.nodes.find((n) => n.code === code);
  if (!found) throw new Error(`no node ${code}`);
  return found;
}
