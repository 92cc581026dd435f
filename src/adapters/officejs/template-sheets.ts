// What insertTemplate adds: the template's sheets as plain rows. Taken from the pack (the
// submissions headers, with the figure columns) and the core's names for 设置 and 失信名单. Not
// the sample generator: the pane's bundle should not carry it.
import type { RulePack } from '../../core/pack/schema';
import { BLACKLIST_SHEET, SETTINGS_SHEET } from '../../core/read';
import type { Lang } from '../../core/types';
import { DEADLINE_KEY, SETTINGS_HEADER } from './workbook-settings';

export interface TemplateSheet {
  name: string;
  rows: string[][];
  /** Column widths in characters. */
  widths: number[];
}

/** The pack's column headers, with the figure columns (one per key) before 评审得分 as in the sample. */
function submissionHeaders(pack: RulePack): string[] {
  const figures = [...new Map(pack.figures.map((f) => [f.key, f.header])).values()];
  const at = pack.columns.findIndex((c) => c.key === 'score');
  const headers = pack.columns.map((c) => c.header);
  headers.splice(at < 0 ? headers.length : at, 0, ...figures);
  return headers;
}

export function templateSheets(pack: RulePack, lang: Lang): TemplateSheet[] {
  void lang; // the sheets' headers are the ones the reader knows in every language: the guide's
  const headers = submissionHeaders(pack);
  return [
    { name: pack.sheetNames[0], rows: [headers], widths: headers.map((h) => Math.max(8, h.length * 2 + 2)) },
    { name: SETTINGS_SHEET, rows: [SETTINGS_HEADER, [DEADLINE_KEY, '']], widths: [16, 14] },
    { name: BLACKLIST_SHEET, rows: [['单位名称', '起始年度']], widths: [30, 10] },
  ];
}
