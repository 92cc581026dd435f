// Adding the template's sheets to the open workbook: each one that is missing is added with its
// rows; one that exists (under any case of its name) is left exactly as it is and reported.
import type { RulePack } from '../../core/pack/schema';
import type { Lang, Message } from '../../core/types';
import { columnLetters } from './addresses';
import { asHostAction } from './errors';
import { excel } from './host';
import { TEXT_FORMAT } from './formula-safety';
import { templateSheets } from './template-sheets';

const INSERTING: Message = { zh: '插入模板', en: 'Inserting the template' };
const POINTS_PER_CHARACTER = 48 / 8.43;

export function insertTemplate(pack: RulePack, lang: Lang): Promise<{ inserted: string[]; existed: string[] }> {
  return asHostAction(INSERTING, () =>
    excel().run(async (context) => {
      const sheets = templateSheets(pack, lang);
      const probes = sheets.map((s) => {
        const found = context.workbook.worksheets.getItemOrNullObject(s.name);
        found.load('name');
        return found;
      });
      await context.sync();
      const inserted: string[] = [];
      const existed: string[] = [];
      sheets.forEach((template, i) => {
        if (!probes[i].isNullObject) {
          existed.push(template.name);
          return;
        }
        inserted.push(template.name);
        const sheet = context.workbook.worksheets.add(template.name);
        const width = Math.max(...template.rows.map((r) => r.length));
        const rows = template.rows.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? ''));
        const range = sheet.getRange(`A1:${columnLetters(width)}${rows.length}`);
        range.numberFormat = rows.map((r) => r.map(() => TEXT_FORMAT));
        range.values = rows;
        sheet.getRange(`A1:${columnLetters(width)}1`).format.font.bold = true;
        template.widths.forEach((w, j) => {
          sheet.getRange(`${columnLetters(j + 1)}:${columnLetters(j + 1)}`).format.columnWidth = Math.round(w * POINTS_PER_CHARACTER);
        });
      });
      await context.sync();
      return { inserted, existed };
    }),
  );
}
