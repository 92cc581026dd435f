// The two columns on the submissions sheet: the verdict in words and every finding as
// `[rule-id] message`, coloured by verdict.
import type { RulePack } from '../pack/schema';
import type { CheckResult, Fill, Lang, ResultColumnsPlan, RowResult, Verdict } from '../types';
import { fitCell } from './cell-limit';

const VERDICT_FILL: Record<Verdict, Fill> = { eligible: 'none', attention: 'amber', ineligible: 'red' };

// The clause goes after each message: staff answering an applicant cite the guide, and the sheet
// is often printed without 问题清单 beside it.
const CLAUSE: Record<Lang, (clause: string) => string> = {
  zh: (clause) => `（指南${clause}）`,
  en: (clause) => ` (guide ${clause})`,
};

export function notesOf(row: RowResult, lang: Lang): string {
  return row.findings.map((f) => `[${f.rule}] ${f.message[lang]}${f.clause ? CLAUSE[lang](f.clause) : ''}`).join('\n');
}

export function planResultColumns(result: CheckResult, pack: RulePack, lang: Lang): ResultColumnsPlan {
  const [verdictHeader, notesHeader] = pack.labels.resultHeaders;
  return {
    sheet: result.sheet,
    headerRow: result.headerRow,
    verdictColumn: result.outputColumns.verdict,
    notesColumn: result.outputColumns.notes,
    headers: [verdictHeader[lang], notesHeader[lang]],
    cells: result.rows.map((row) => ({
      row: row.row,
      verdict: pack.labels.verdict[row.verdict][lang],
      notes: fitCell(notesOf(row, lang)),
      fill: VERDICT_FILL[row.verdict],
    })),
    clearRows: result.clearRows ?? [],
  };
}
