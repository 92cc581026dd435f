// The whole file path in one call, shared by the command line and the browser pane: bytes in,
// the checked copy's bytes out. No fs here: the caller reads and writes files.
// The core's modules directly (not its index), so the pane's offline chunk takes only what it needs.
import { checkWorkbook } from '../../core/check';
import { buildReport, type Report } from '../../core/report';
import { planOutputs } from '../../core/summary';
import type { RulePack } from '../../core/pack/schema';
import type { CheckResult, Lang, Message, OutputPlan } from '../../core/types';
import { withSubmissionDeadline } from './deadline-override';
import { finishPackage } from './finish-package';
import { keepEmptyRowLayout } from './keep-empty-rows';
import { userLocationLinks } from './keep-location-links';
import { loadWorkbookBytes } from './load';
import { protectedSheetNotice } from './protected-sheet';
import { readWorkbook } from './read';
import { shareEmptyStyles } from './share-empty-styles';
import { tableLinks } from './table-links';
import { unsupportedContent } from './unsupported';
import { applyOutputPlan, existingSheets } from './write';

export interface CheckBytesOptions {
  pack: RulePack;
  lang: Lang;
  /** The submissions sheet; default: the core picks it (workbook.md). */
  sheet?: string;
  /** Called as each stage starts, for progress on a terminal or in the pane (rows once they are known). */
  onStage?: (stage: CheckStage, rows?: number) => void;
  /** The browser pane's deadline, read in place of 设置's (null: none); absent: as the file says. */
  submissionDeadline?: string | null;
}

export type CheckStage = 'open' | 'read' | 'check' | 'write';

export interface CheckBytesResult {
  result: CheckResult;
  plan: OutputPlan;
  report: Report;
  /** The checked copy (.xlsx). */
  output: Uint8Array;
  /** What the checked copy lacks, sheets written under another name, then the core's notices. */
  warnings: Message[];
}

/** Throws WorkbookFileError (not a workbook) or InputError (no sheet to check) with one clear sentence. */
export async function checkWorkbookBytes(
  bytes: Uint8Array | ArrayBuffer,
  name: string,
  options: CheckBytesOptions,
): Promise<CheckBytesResult> {
  const stage = options.onStage ?? (() => undefined);
  stage('open');
  const { workbook, parts } = await loadWorkbookBytes(bytes, name);
  const lost = await unsupportedContent(parts, name);
  const links = await userLocationLinks(parts);

  stage('read');
  const read = readWorkbook(workbook, name);
  const input = options.submissionDeadline === undefined ? read : withSubmissionDeadline(read, options.submissionDeadline);

  stage('check');
  const result = checkWorkbook(input, options.pack, options.sheet === undefined ? {} : { sheet: options.sheet });
  const plan = planOutputs(result, options.pack, options.lang, existingSheets(workbook));
  const report = buildReport(result);
  const locked = protectedSheetNotice(workbook, result.sheet, name);

  stage('write', result.rows.length);
  applyOutputPlan(workbook, plan);
  keepEmptyRowLayout(workbook);
  shareEmptyStyles(workbook);
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  // Shenbao's sheets are written afresh: an earlier run's links on them give way to this run's.
  for (const table of [plan.summary, plan.issues]) {
    links.delete(table.name.toLowerCase());
    if (table.links.length > 0) links.set(table.name.toLowerCase(), tableLinks(table));
  }
  const output = await finishPackage(written, links);

  return { result, plan, report, output, warnings: [...(lost ? [lost] : []), ...(locked ? [locked] : []), ...(plan.notices ?? []), ...result.notices] };
}
