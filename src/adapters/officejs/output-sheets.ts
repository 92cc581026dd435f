// Replacing our own sheets: an earlier run's 分配汇总 / 问题清单 (in either language, A1 starting
// with the mark) is deleted and the sheet written afresh; a user's sheet of the same name is never
// touched (the plan already chose another name for ours).
import type { RulePack } from '../../core/pack/schema';
import { OUTPUT_SHEET_MARK } from '../../core/style';
import type { ExistingSheet } from '../../core/summary';
import type { OutputPlan } from '../../core/types';
import { OfficeHostError } from './errors';
import type { WriteBatch } from './write-batch';
import { TableFeatures, writeTableSheet } from './write-table-sheet';

export const isOurSheet = (sheet: ExistingSheet) => typeof sheet.a1 === 'string' && sheet.a1.startsWith(OUTPUT_SHEET_MARK);
const key = (name: string) => name.toLocaleLowerCase();

export async function writeOutputSheets(
  batch: WriteBatch,
  workbook: Excel.Workbook,
  existing: ExistingSheet[],
  plan: OutputPlan,
  pack: RulePack,
  features: TableFeatures,
): Promise<void> {
  const tables = [plan.summary, plan.issues];
  const ourNames = new Set(
    [...tables.map((t) => t.name), ...[pack.labels.summarySheet, pack.labels.issuesSheet].flatMap((m) => [m.zh, m.en])].map(key),
  );
  for (const table of tables) {
    const clash = existing.find((s) => key(s.name) === key(table.name) && !isOurSheet(s));
    if (clash)
      throw new OfficeHostError({
        zh: `工作表“${clash.name}”是您自己的工作表，申报助手不会覆盖它。`,
        en: `Sheet "${clash.name}" is your own sheet; Shenbao will not write over it.`,
      }, 'user-sheet');
  }
  for (const sheet of existing)
    if (ourNames.has(key(sheet.name)) && isOurSheet(sheet)) await batch.add(200, () => workbook.worksheets.getItem(sheet.name).delete());
  for (const table of tables) {
    let added: Excel.Worksheet | null = null;
    await batch.add(200, () => (added = workbook.worksheets.add(table.name)));
    await writeTableSheet(batch, added as unknown as Excel.Worksheet, table, features);
  }
}
