// Small builders for workbooks in tests: a sheet is a title row (optional), a header row and rows.
import type { CellValue, SheetGrid, WorkbookInput } from '../../../src/core/types';

export const HEADERS = ['序号', '申报单位', '单位类型', '申报类别', '项目名称', '申请金额（万元）', '计划完成日期'];

export function application(n: number, overrides: Partial<Record<string, CellValue>> = {}): CellValue[] {
  const row: Record<string, CellValue> = {
    序号: n,
    申报单位: `湖南省第${n}学会`,
    单位类型: '省级学会',
    申报类别: '3.1.1',
    项目名称: `项目${n}`,
    '申请金额（万元）': 8,
    计划完成日期: '2022-11-30',
    ...overrides,
  };
  return HEADERS.map((h) => row[h] ?? null);
}

export function sheet(name: string, rows: CellValue[][], extra: Partial<SheetGrid> = {}): SheetGrid {
  return { name, rows, ...extra };
}

export function workbook(...sheets: SheetGrid[]): WorkbookInput {
  return { source: '申报.xlsx', sheets };
}
