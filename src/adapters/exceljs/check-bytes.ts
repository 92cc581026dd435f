// The whole file path in one call, shared by the command line and the browser pane: bytes in,
// the checked copy's bytes out. No fs here: the caller reads and writes files.
// The core's modules directly (not its index), so the pane's offline chunk takes only what it needs.
import { checkWorkbook } from '../../core/check';
import { buildReport, type Report } from '../../core/report';
import { chooseOutputSheetName, planOutputs } from '../../core/summary';
import { propose, type LpSolver, type Proposal, type ProposeOptions } from '../../core/propose';
import { applyProposal } from '../../core/propose/apply';
import { PROPOSAL_SHEET, PROPOSAL_SUMMARY_SHEET, planProposalSheet, planProposalSummary } from '../../core/propose/sheet';
import { proposalReport } from '../../core/report/proposal';
import type { RulePack } from '../../core/pack/schema';
import type { CheckResult, Lang, Message, OutputPlan, TablePlan } from '../../core/types';
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
import { ProposalApplyError, writeDecisions } from './write-decisions';
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
  /**
   * 建议立项: propose approvals with this solver and add the two proposal sheets; with `apply`, the
   * copy's 评审结果 and 批准金额 cells take the proposal and the copy is checked again with them.
   */
  propose?: { solver: LpSolver; options?: ProposeOptions; apply?: boolean };
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
  /** With `propose`: the proposal, made from the workbook as it was given. */
  proposal?: Proposal;
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
  const readInput = () => {
    const read = readWorkbook(workbook, name);
    return options.submissionDeadline === undefined ? read : withSubmissionDeadline(read, options.submissionDeadline);
  };
  const input = readInput();

  stage('check');
  const sheetOption = options.sheet === undefined ? {} : { sheet: options.sheet };
  let result = checkWorkbook(input, options.pack, sheetOption);
  const proposing = options.propose;
  const proposal = proposing ? propose(result, options.pack, proposing.solver, proposing.options) : undefined;
  const proposalNotices: Message[] = proposal ? [...proposal.messages] : [];
  const proposalSheets: TablePlan[] = [];
  if (proposal) {
    const sheets = existingSheets(workbook);
    const rowsName = chooseOutputSheetName(PROPOSAL_SHEET[options.lang], sheets);
    const nodesName = chooseOutputSheetName(PROPOSAL_SUMMARY_SHEET[options.lang], sheets);
    for (const chosen of [rowsName, nodesName]) if (chosen.notice) proposalNotices.push(chosen.notice);
    proposalSheets.push(planProposalSheet(result, proposal, options.pack, options.lang, rowsName.name));
    proposalSheets.push(planProposalSummary(result, proposal, options.pack, options.lang, nodesName.name));
    if (proposing?.apply) {
      const applied = applyProposal(result, proposal, options.pack);
      if (!applied.ok) throw new ProposalApplyError(applied.message);
      writeDecisions(workbook, result, applied.edits);
      // The copy now holds the proposal: its check, 分配汇总 and result columns are of that.
      result = checkWorkbook(readInput(), options.pack, sheetOption);
    }
  }
  const plan = { ...planOutputs(result, options.pack, options.lang, existingSheets(workbook)), extra: proposalSheets };
  const report = proposal ? { ...buildReport(result), proposal: proposalReport(proposal) } : buildReport(result);
  const locked = protectedSheetNotice(workbook, result.sheet, name);

  stage('write', result.rows.length);
  applyOutputPlan(workbook, plan);
  keepEmptyRowLayout(workbook);
  shareEmptyStyles(workbook);
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  // Shenbao's sheets are written afresh: an earlier run's links on them give way to this run's.
  for (const table of [plan.summary, plan.issues, ...plan.extra]) {
    links.delete(table.name.toLowerCase());
    if (table.links.length > 0) links.set(table.name.toLowerCase(), tableLinks(table));
  }
  const output = await finishPackage(written, links);

  const warnings = [...(lost ? [lost] : []), ...(locked ? [locked] : []), ...(plan.notices ?? []), ...proposalNotices, ...result.notices];
  return { result, plan, report, output, warnings, ...(proposal ? { proposal } : {}) };
}
