// The title line (A1) of an output sheet: the mark that says the sheet is Shenbao's, then what it is.
import type { RulePack } from '../pack/schema';
import { OUTPUT_SHEET_MARK } from '../style';
import type { CheckResult, Lang } from '../types';

export function sheetTitle(what: string, result: CheckResult, pack: RulePack, lang: Lang): string {
  const parts = [what, pack.title[lang]];
  if (result.source) parts.push(result.source);
  parts.push(lang === 'zh' ? `申报表：${result.sheet}` : `sheet: ${result.sheet}`);
  return `${OUTPUT_SHEET_MARK}${parts.join(' — ')}`;
}
