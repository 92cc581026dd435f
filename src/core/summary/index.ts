// Everything an adapter writes after a check, as plain tables: the two result columns, 分配汇总
// and 问题清单 (under another name when the user already has a sheet of that name).
import type { RulePack } from '../pack/schema';
import type { CheckResult, Lang, Message, OutputPlan } from '../types';
import { planAllocation } from './allocation';
import { planIssues } from './issues';
import { planResultColumns } from './result-columns';
import { chooseOutputSheetName, type ExistingSheet } from './sheet-names';

export function planOutputs(
  result: CheckResult,
  pack: RulePack,
  lang: Lang,
  existingSheets: readonly ExistingSheet[] = [],
): OutputPlan {
  const summaryName = chooseOutputSheetName(pack.labels.summarySheet[lang], existingSheets);
  const issuesName = chooseOutputSheetName(pack.labels.issuesSheet[lang], existingSheets);
  const notices: Message[] = [];
  if (summaryName.notice) notices.push(summaryName.notice);
  if (issuesName.notice) notices.push(issuesName.notice);
  return {
    resultColumns: planResultColumns(result, pack, lang),
    summary: planAllocation(result, pack, lang, summaryName.name),
    issues: planIssues(result, pack, lang, issuesName.name),
    notices,
  };
}

export { chooseOutputSheetName, type ExistingSheet } from './sheet-names';
export { notesOf } from './result-columns';
