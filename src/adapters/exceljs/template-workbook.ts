// An empty submissions workbook: the title and header rows, drop-down lists (data validation that
// refers to the 下拉选项 sheet, so the lists are visible and can be extended), number formats,
// widths and a frozen header; then 设置, 失信名单 and 填表说明.
// Built from the pack, so next year's pack gives next year's template.
import * as ExcelJS from 'exceljs';
import { packIndex } from '../../core/pack/tree';
import type { RulePack } from '../../core/pack/schema';
import { BLACKLIST_SHEET, SETTINGS_SHEET } from '../../core/read';
import { sampleColumns, SAMPLE_TITLE } from '../../core/sample';
import type { Lang } from '../../core/types';
import { instructionLines } from './template-instructions';
import { textWidth } from './workbook-from-grid';

export const LISTS_SHEET = '下拉选项';
export const INSTRUCTIONS_SHEET = '填表说明';
/** Rows prepared with drop-downs and formats below the header. */
export const TEMPLATE_ROWS = 1000;

const HEADER_ROW = 2;
const YES_NO = ['是', '否'];
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

interface DropDown {
  header: string;
  values: string[];
}

/** exceljs can validate a whole range in one rule (its typings only show the per-cell form). */
function rangeValidations(ws: ExcelJS.Worksheet): { add(range: string, validation: ExcelJS.DataValidation): void } {
  return (ws as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
}

function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The lists behind the coded columns, by column key. */
function dropDowns(pack: RulePack): Map<string, DropDown> {
  const index = packIndex(pack);
  const lists = new Map<string, DropDown>();
  lists.set('unitType', { header: '单位类型', values: pack.applicantTypes.map((t) => t.id) });
  lists.set('category', { header: '申报类别', values: index.leaves.map((leaf) => `${leaf.code} ${leaf.name}`) });
  lists.set('decision', { header: '评审结果', values: [pack.decisions.approved[0], pack.decisions.rejected[0], ...pack.decisions.pending.slice(0, 1)] });
  for (const column of pack.columns) if (column.type === 'yesno') lists.set(column.key, { header: '是/否', values: YES_NO });
  return lists;
}

function addListsSheet(wb: ExcelJS.Workbook, lists: Map<string, DropDown>): Map<string, string> {
  const ws = wb.addWorksheet(LISTS_SHEET);
  const ranges = new Map<string, string>();
  const placed = new Map<string, string>(); // one column per distinct list (all yes/no columns share one)
  let column = 0;
  for (const [key, list] of lists) {
    const id = list.values.join('\u0000');
    let range = placed.get(id);
    if (!range) {
      column++;
      const letter = columnLetter(column);
      ws.getCell(1, column).value = list.header;
      ws.getCell(1, column).font = { bold: true };
      list.values.forEach((value, i) => (ws.getCell(2 + i, column).value = value));
      ws.getColumn(column).width = Math.max(10, ...list.values.map((v) => textWidth(v) + 2));
      range = `'${LISTS_SHEET}'!$${letter}$2:$${letter}$${1 + list.values.length}`;
      placed.set(id, range);
    }
    ranges.set(key, range);
  }
  return ranges;
}

function addSubmissionsSheet(wb: ExcelJS.Workbook, pack: RulePack, lang: Lang, listRanges: Map<string, string>): void {
  const columns = sampleColumns(pack);
  const types = new Map([...pack.columns.map((c) => [c.key, c.type] as const), ...pack.figures.map((f) => [f.key, 'number'] as const)]);
  const ws = wb.addWorksheet(pack.sheetNames[0], { views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW }] });
  ws.getCell(1, 1).value = SAMPLE_TITLE;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.mergeCells(1, 1, 1, columns.length);
  const last = HEADER_ROW + TEMPLATE_ROWS;
  columns.forEach((column, j) => {
    const letter = columnLetter(j + 1);
    const header = ws.getCell(HEADER_ROW, j + 1);
    header.value = column.header;
    header.style = { font: { bold: true }, fill: HEADER_FILL, alignment: { wrapText: true, vertical: 'middle' } };
    ws.getColumn(j + 1).width = Math.max(10, Math.min(36, textWidth(column.header) + 2), column.key === 'unit' || column.key === 'project' ? 28 : 0);
    const type = types.get(column.key);
    const range = `${letter}${HEADER_ROW + 1}:${letter}${last}`;
    const list = listRanges.get(column.key);
    if (list) {
      rangeValidations(ws).add(range, {
        type: 'list',
        allowBlank: true,
        formulae: [list],
        showErrorMessage: column.key !== 'category', // a category may be typed by name too
        errorStyle: 'warning',
        errorTitle: lang === 'zh' ? '请从列表中选择' : 'Choose from the list',
        error: lang === 'zh' ? `“${column.header}”请从下拉列表中选择。` : `Choose "${column.header}" from the list.`,
      });
    }
    if (type === 'date') ws.getColumn(j + 1).numFmt = 'yyyy-mm-dd';
    if (type === 'amount') ws.getColumn(j + 1).numFmt = '0.00';
  });
  ws.getRow(HEADER_ROW).height = 32;
}

function addSimpleSheet(wb: ExcelJS.Workbook, name: string, header: string[], rows: (string | null)[][], widths: number[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  ws.addRow(header).eachCell((cell) => (cell.style = { font: { bold: true }, fill: HEADER_FILL }));
  rows.forEach((row) => ws.addRow(row));
  widths.forEach((width, j) => (ws.getColumn(j + 1).width = width));
  return ws;
}

export function templateWorkbook(pack: RulePack, lang: Lang): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '申报助手 Shenbao';
  const lists = dropDowns(pack);
  // The submissions sheet comes first; the lists sheet is added after it but its ranges are known up front.
  const listWb = new ExcelJS.Workbook();
  const ranges = addListsSheet(listWb, lists);
  addSubmissionsSheet(wb, pack, lang, ranges);
  const settings = addSimpleSheet(wb, SETTINGS_SHEET, ['项目', '值'], [['申报截止日期', null]], [16, 16]);
  settings.getCell('B2').numFmt = 'yyyy-mm-dd';
  settings.getCell('B2').dataValidation = { type: 'date', operator: 'greaterThan', allowBlank: true, formulae: [new Date(Date.UTC(2000, 0, 1))] };
  addSimpleSheet(wb, BLACKLIST_SHEET, ['单位名称', '起始年度'], [], [36, 10]);
  const instructions = addSimpleSheet(wb, INSTRUCTIONS_SHEET, [lang === 'zh' ? '填表说明' : 'How to fill in'], instructionLines(pack, lang).map((l) => [l]), [110]);
  instructions.getColumn(1).alignment = { wrapText: true, vertical: 'top' };
  addListsSheet(wb, lists);
  return wb;
}

export async function templateWorkbookBytes(pack: RulePack, lang: Lang): Promise<Uint8Array> {
  return new Uint8Array(await templateWorkbook(pack, lang).xlsx.writeBuffer());
}
