// The 设置 sheet: key in column A, value in column B. 申报截止日期 turns on `late-submission`.
import type { Message, Settings, WorkbookInput } from '../types';
import type { RulePack } from '../pack/schema';
import { matchKey } from '../text/normalise';
import { cellText, isBlankCell } from './cell-text';
import { cellAt, gridBounds } from './grid';
import { SETTINGS_SHEET } from './pick-sheet';
import { readDate } from './values/date';

const DEADLINE_KEYS = new Set(['申报截止日期', '截止日期', 'submissiondeadline', 'deadline'].map(matchKey));
/** Whether a 设置 key (column A) names the submission deadline. */
export function isDeadlineKey(key: string): boolean {
  return DEADLINE_KEYS.has(matchKey(key));
}

// The template's own header row.
const HEADER_KEYS = new Set(['项目', '设置项', 'key', 'setting'].map(matchKey));

export interface SettingsRead {
  settings: Settings;
  notices: Message[];
}

/** Read 设置; without a deadline there, the pack's own (if any) applies. */
export function readSettings(input: WorkbookInput, pack: RulePack): SettingsRead {
  const settings: Settings = { other: {} };
  const notices: Message[] = [];
  const grid = input.sheets.find((s) => s.name === SETTINGS_SHEET);
  if (grid) {
    const { firstRow, lastRow } = gridBounds(grid);
    for (let row = firstRow; row <= lastRow; row++) {
      const key = cellText(cellAt(grid, row, 1));
      if (!key || HEADER_KEYS.has(matchKey(key))) continue;
      const raw = cellAt(grid, row, 2);
      if (!DEADLINE_KEYS.has(matchKey(key))) {
        settings.other[key] = cellText(raw);
        continue;
      }
      if (isBlankCell(raw)) continue;
      const date = readDate(raw);
      if (date.ok) settings.submissionDeadline = date.value;
      else
        notices.push({
          zh: `工作表“${SETTINGS_SHEET}”第${row}行B列“${key}”的内容“${cellText(raw)}”不是日期，未启用申报截止日期检查。`,
          en: `Sheet "${SETTINGS_SHEET}", row ${row}, column B: "${cellText(raw)}" for ${key} is not a date; the submission deadline is not checked.`,
        });
    }
  }
  if (settings.submissionDeadline === undefined && pack.deadlines.submission) settings.submissionDeadline = pack.deadlines.submission;
  return { settings, notices };
}
