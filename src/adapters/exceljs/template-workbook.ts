// The core's TemplateSpec as an .xlsx: the title and header rows (required headers carry a note),
// drop-down lists as data validation that refers to the 下拉选项 sheet (so the lists can be seen and
// extended), number formats, widths and a frozen header; then 设置, 失信名单, 填表说明 and the lists.
import * as ExcelJS from 'exceljs';
import type { RulePack } from '../../core/pack/schema';
import { columnLetter, quotedSheet } from '../../core/read/grid';
import { templateSpec, type TemplateSpec } from '../../core/template';
import type { Lang } from '../../core/types';

/** Rows prepared with drop-downs below the header. */
export const TEMPLATE_ROWS = 1000;

const HEADER_ROW = 2;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const HEADER_STYLE: Partial<ExcelJS.Style> = { font: { bold: true }, fill: HEADER_FILL, alignment: { wrapText: true, vertical: 'middle' } };

/** exceljs can validate a whole range in one rule (its typings only show the per-cell form). */
function rangeValidations(ws: ExcelJS.Worksheet): { add(range: string, validation: ExcelJS.DataValidation): void } {
  return (ws as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
}

/** Each list's cells on the lists sheet, as an absolute reference a validation can use. */
function listRanges(spec: TemplateSpec): Map<string, string> {
  const ranges = new Map<string, string>();
  const sheet = quotedSheet(spec.lists.sheetName);
  spec.lists.lists.forEach((list, j) => {
    const letter = columnLetter(j + 1);
    ranges.set(list.name, `${sheet}!$${letter}$2:$${letter}$${1 + list.values.length}`);
  });
  return ranges;
}

function addSubmissionsSheet(wb: ExcelJS.Workbook, spec: TemplateSpec, lang: Lang): void {
  const ws = wb.addWorksheet(spec.sheetName, { views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW }] });
  const ranges = listRanges(spec);
  const last = HEADER_ROW + TEMPLATE_ROWS;
  spec.columns.forEach((column, j) => {
    const sheetColumn = ws.getColumn(j + 1);
    sheetColumn.width = column.width;
    if (column.numberFormat) sheetColumn.numFmt = column.numberFormat;
    const header = ws.getCell(HEADER_ROW, j + 1);
    header.value = column.header;
    header.style = HEADER_STYLE as ExcelJS.Style;
    if (column.note) header.note = column.note;
    const list = column.list ? ranges.get(column.list) : undefined;
    if (list) {
      const letter = columnLetter(j + 1);
      rangeValidations(ws).add(`${letter}${HEADER_ROW + 1}:${letter}${last}`, {
        type: 'list',
        allowBlank: true,
        formulae: [list],
        // A warning, not a stop: a category may be typed by name, a unit type in another spelling.
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: lang === 'zh' ? '不在列表中' : 'Not in the list',
        error: lang === 'zh' ? `“${column.header}”建议从下拉列表中选择。` : `"${column.header}" is best chosen from the list.`,
      });
    }
  });
  const title = ws.getCell(1, 1);
  title.value = spec.title;
  title.style = { font: { bold: true, size: 14 } };
  ws.mergeCells(1, 1, 1, spec.columns.length);
  ws.getRow(HEADER_ROW).height = 32;
}

function addTableSheet(wb: ExcelJS.Workbook, name: string, header: string[], rows: string[][], widths: number[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  header.forEach((text, j) => {
    const cell = ws.getCell(1, j + 1);
    cell.value = text;
    cell.style = HEADER_STYLE as ExcelJS.Style;
  });
  rows.forEach((row, i) => row.forEach((text, j) => (ws.getCell(2 + i, j + 1).value = text === '' ? null : text)));
  widths.forEach((width, j) => (ws.getColumn(j + 1).width = width));
  return ws;
}

export function templateWorkbookFromSpec(spec: TemplateSpec, lang: Lang): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '申报助手 Shenbao';
  addSubmissionsSheet(wb, spec, lang);

  const [settingsHeader, ...settingsRows] = spec.settings.rows;
  const settings = addTableSheet(wb, spec.settings.sheetName, settingsHeader, settingsRows, [16, 16]);
  settings.getColumn(2).numFmt = 'yyyy-mm-dd';

  addTableSheet(wb, spec.blacklist.sheetName, spec.blacklist.headers, [], [36, 10]);

  const instructions = addTableSheet(wb, spec.instructions.sheetName, [spec.instructions.sheetName], spec.instructions.lines.map((l) => [l]), [110]);
  instructions.getColumn(1).alignment = { wrapText: true, vertical: 'top' };

  const lists = spec.lists.lists;
  const longest = Math.max(...lists.map((l) => l.values.length));
  const listRows = Array.from({ length: longest }, (_, i) => lists.map((l) => l.values[i] ?? ''));
  addTableSheet(wb, spec.lists.sheetName, lists.map((l) => l.name), listRows, lists.map((l) => (l.name === '申报类别' ? 40 : 12)));
  return wb;
}

export function templateWorkbook(pack: RulePack, lang: Lang): ExcelJS.Workbook {
  return templateWorkbookFromSpec(templateSpec(pack, lang), lang);
}

export async function templateWorkbookBytes(pack: RulePack, lang: Lang): Promise<Uint8Array> {
  return new Uint8Array(await templateWorkbook(pack, lang).xlsx.writeBuffer());
}
