// Adding the template's sheets to the open workbook, in one Excel.run: each one that is missing is
// added and written; one that exists (under any case of its name) is left exactly as it is and
// reported. Drop-down lists need ExcelApi 1.8; on older hosts the sheets come without them.
import type { RulePack } from '../../core/pack/schema';
import type { Lang, Message } from '../../core/types';
import { boxAddress, columnLetters } from './addresses';
import { widthInPoints } from './column-width';
import { asHostAction } from './errors';
import { formatsFor } from './formula-safety';
import { excel, supportsExcelApi } from './host';
import { TemplateSheet, templateSheets } from './template-sheets';

const INSERTING: Message = { zh: '插入模板', en: 'Inserting the template' };

function writeSheet(sheet: Excel.Worksheet, template: TemplateSheet): void {
  const width = Math.max(1, ...template.rows.map((r) => r.length));
  const rows = template.rows.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? ''));
  const range = sheet.getRange(boxAddress({ top: 1, left: 1, bottom: rows.length, right: width }));
  range.numberFormat = formatsFor(rows, () => null) as string[][];
  range.values = rows;
  for (const row of template.boldRows) sheet.getRange(`A${row}:${columnLetters(width)}${row}`).format.font.bold = true;
  template.widths.forEach((w, j) => {
    const letter = columnLetters(j + 1);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = widthInPoints(w);
  });
  const input = template.input;
  input?.formats.forEach((format, j) => {
    // A single value (not an array) applies to every cell of the range.
    if (format) sheet.getRange(boxAddress({ top: input.firstRow, bottom: input.lastRow, left: j + 1, right: j + 1 })).numberFormat = format as unknown as string[][];
  });
}

function addDropDowns(sheet: Excel.Worksheet, template: TemplateSheet): void {
  for (const d of template.dropDowns)
    sheet.getRange(boxAddress({ top: d.firstRow, bottom: d.lastRow, left: d.column, right: d.column })).dataValidation.rule = {
      list: { inCellDropDown: true, source: d.source },
    };
}

export function insertTemplate(pack: RulePack, lang: Lang): Promise<{ inserted: string[]; existed: string[] }> {
  return asHostAction(INSERTING, () =>
    excel().run(async (context) => {
      const templates = templateSheets(pack, lang);
      const probes = templates.map((t) => {
        const found = context.workbook.worksheets.getItemOrNullObject(t.name);
        found.load('name');
        return found;
      });
      await context.sync();
      const missing = templates.filter((_, i) => probes[i].isNullObject);
      const added = missing.map((t) => ({ template: t, sheet: context.workbook.worksheets.add(t.name) }));
      for (const { template, sheet } of added) writeSheet(sheet, template);
      // After every sheet is added, so a list's source sheet exists when the rule refers to it.
      if (supportsExcelApi('1.8')) for (const { template, sheet } of added) addDropDowns(sheet, template);
      await context.sync();
      return { inserted: missing.map((t) => t.name), existed: templates.filter((t) => !missing.includes(t)).map((t) => t.name) };
    }),
  );
}
