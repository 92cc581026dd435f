// One check of a workbook: read the submissions sheet, derive each row's facts, run the rules,
// give each row its verdict, and tally approvals against every node of the tree.
import type { RulePack } from './pack/schema';
import { readSubmissions } from './read';
import { buildContext, rowRules, runRules } from './rules';
import { needsLocalReview } from './rules/city-review';
import { ruleIds } from './rule-ids';
import { tally } from './tally';
import type { CheckResult, Message, WorkbookInput } from './types';

/** Formality columns whose rule is skipped when the sheet lacks them: the user is told so. */
const OPTIONAL_CHECKED_COLUMNS: { key: string; rule: string; onlyForCities?: true }[] = [
  { key: 'paperCopies', rule: 'paper-copies' },
  { key: 'proofMaterials', rule: 'proof-materials' },
  { key: 'electronicCopy', rule: 'electronic-copy' },
  { key: 'cityReview', rule: 'city-review', onlyForCities: true },
  { key: 'financeSummary', rule: 'city-review', onlyForCities: true },
];

export function checkWorkbook(input: WorkbookInput, pack: RulePack, opts: { sheet?: string } = {}): CheckResult {
  const read = readSubmissions(input, pack, opts);
  const ctx = buildContext(pack, read.settings, read.blacklist);
  const rows = runRules(read.applications, ctx);

  return {
    pack: { id: pack.id, title: pack.title.zh, year: pack.year },
    ...(input.source !== undefined ? { source: input.source } : {}),
    sheet: read.sheet,
    headerRow: read.headerRow,
    columns: read.columns,
    unknownHeaders: read.unknownHeaders,
    outputColumns: read.outputColumns,
    dataRows: read.dataRows,
    clearRows: read.clearRows,
    rows,
    nodes: tally(rows, pack),
    notices: [
      ...packRuleNotices(pack),
      ...read.notices,
      ...uncheckedColumnNotices(read.columns.map((c) => c.field), pack, read.sheet, ctx.submissionDeadline, rows.some((r) => needsLocalReview(pack, r.unitType))),
    ],
  };
}

/**
 * A pack written for another version (an edited 2023.json) may lack a rule this version runs, or
 * name one it does not know: either way the user is told, rather than the rule silently not running.
 */
function packRuleNotices(pack: RulePack): Message[] {
  const notices: Message[] = [];
  for (const id of ruleIds.filter((id) => pack.rules[id] === undefined))
    notices.push({ zh: `规则包没有“${id}”这条规则的设置，此项未检查。`, en: `The rule pack has no settings for rule "${id}", so it was not checked.` });
  for (const id of Object.keys(pack.rules).filter((id) => !ruleIds.includes(id)))
    notices.push({ zh: `规则包中的“${id}”不是本程序认识的规则，已忽略。`, en: `Rule "${id}" of the rule pack is not one this program knows; it was ignored.` });
  return notices;
}

function uncheckedColumnNotices(
  fields: string[],
  pack: RulePack,
  sheet: string,
  deadline: string | null,
  hasCities: boolean,
): Message[] {
  const present = new Set(fields);
  const notices: Message[] = [];
  for (const { key, rule, onlyForCities } of OPTIONAL_CHECKED_COLUMNS) {
    if (present.has(key) || (onlyForCities && !hasCities) || !pack.rules[rule]?.enabled || !rowRules.some((r) => r.id === rule)) continue;
    const column = pack.columns.find((c) => c.key === key);
    if (!column) continue;
    notices.push({
      zh: `工作表「${sheet}」没有「${column.header}」列，未检查 ${rule}。`,
      en: `Sheet "${sheet}" has no "${column.en}" column, so ${rule} was not checked.`,
    });
  }
  // A required column the sheet lacks makes every row report it missing: say once why, and which
  // headers would have been read, so the user fixes one header instead of a hundred rows.
  for (const column of pack.columns) {
    if (!column.required || present.has(column.key)) continue;
    const spellings = [column.header, ...column.aliases];
    notices.push({
      zh: `工作表「${sheet}」找不到「${column.header}」列，所以每一行都报此项未填写；可用的列名：${spellings.join('、')}。`,
      en: `Sheet "${sheet}" has no "${column.en}" column, so every row reports it missing; headers read as it: ${spellings.join(', ')}.`,
    });
  }
  if (deadline === null && pack.rules['late-submission']?.enabled)
    notices.push({
      zh: '未设置申报截止日期（设置表“申报截止日期”），未检查 late-submission。',
      en: 'No submission deadline is set (设置 sheet, key 申报截止日期), so late-submission was not checked.',
    });
  return notices;
}
