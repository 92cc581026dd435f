// Which name Shenbao's output sheet gets. A sheet with our name whose A1 starts with the mark is
// ours from an earlier run and is replaced; one without the mark is the user's and is left alone.
import { OUTPUT_SHEET_MARK } from '../style';
import type { CellValue, Message } from '../types';

export interface ExistingSheet {
  name: string;
  a1: CellValue;
}

export interface ChosenSheetName {
  name: string;
  /** Set when the preferred name belongs to a user's sheet. */
  notice?: Message;
}

const isOurs = (sheet: ExistingSheet) => typeof sheet.a1 === 'string' && sheet.a1.startsWith(OUTPUT_SHEET_MARK);

/** Excel compares sheet names without regard to case. */
const sameName = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

export function chooseOutputSheetName(preferred: string, existing: readonly ExistingSheet[] = []): ChosenSheetName {
  const taken = (name: string) => existing.find((s) => sameName(s.name, name));
  const first = taken(preferred);
  if (!first || isOurs(first)) return { name: preferred };

  let name = `${preferred}（申报助手）`;
  for (let n = 2; ; n++) {
    const sheet = taken(name);
    if (!sheet || isOurs(sheet)) break;
    name = `${preferred}（申报助手${n}）`;
  }
  return {
    name,
    notice: {
      zh: `工作簿中已有您自己的工作表「${preferred}」，未作改动；结果写在「${name}」。`,
      en: `The workbook already has your own sheet "${preferred}"; it is left as it is and the output is written to "${name}".`,
    },
  };
}
