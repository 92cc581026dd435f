// The 失信名单 sheet (单位名称, 起始年度) plus the pack's own list. A row with a year that cannot be
// read is skipped and the user told where it is.
import type { BlacklistEntry, Message, SheetGrid, WorkbookInput } from '../types';
import type { RulePack } from '../pack/schema';
import { matchKey } from '../text/normalise';
import { cellText, isBlankCell } from './cell-text';
import { cellAt, columnLetter, gridBounds } from './grid';
import { BLACKLIST_SHEET } from './pick-sheet';
import { readCount } from './values/numbers';

const UNIT_HEADERS = new Set(['单位名称', '申报单位', '单位', 'unit', 'unit name', 'applicant'].map(matchKey));
const YEAR_HEADERS = new Set(['起始年度', '起始年份', '开始年度', '年度', 'start year', 'first year'].map(matchKey));
const YEAR_TEXT = /^(\d{4})年?(?:度)?$/;

export interface BlacklistRead {
  entries: BlacklistEntry[];
  notices: Message[];
}

interface BlacklistHeader {
  row: number;
  unitColumn: number;
  yearColumn: number;
}

/** Header row of 失信名单: the first of the first 10 rows naming both columns (same tolerance as the submissions sheet). */
function findBlacklistHeader(grid: SheetGrid): BlacklistHeader | null {
  const { firstRow, lastRow, firstCol, lastCol } = gridBounds(grid);
  for (let row = firstRow; row <= Math.min(lastRow, firstRow + 9); row++) {
    let unitColumn = 0;
    let yearColumn = 0;
    for (let column = firstCol; column <= lastCol; column++) {
      const key = matchKey(cellText(cellAt(grid, row, column))).replace(/\(.*\)$/, '');
      if (!unitColumn && UNIT_HEADERS.has(key)) unitColumn = column;
      else if (!yearColumn && YEAR_HEADERS.has(key)) yearColumn = column;
    }
    if (unitColumn && yearColumn) return { row, unitColumn, yearColumn };
  }
  return null;
}

function readYear(raw: ReturnType<typeof cellAt>): number | null {
  if (typeof raw === 'number') return Number.isInteger(raw) && raw >= 1900 && raw <= 9999 ? raw : null;
  const match = YEAR_TEXT.exec(matchKey(cellText(raw)));
  if (match) return Number(match[1]);
  const count = readCount(raw);
  return count.ok && count.value >= 1900 && count.value <= 9999 ? count.value : null;
}

export function readBlacklist(input: WorkbookInput, pack: RulePack): BlacklistRead {
  const entries: BlacklistEntry[] = [];
  const notices: Message[] = [];
  const grid = input.sheets.find((s) => s.name === BLACKLIST_SHEET);
  if (grid) {
    const header = findBlacklistHeader(grid);
    if (!header) {
      notices.push({
        zh: `工作表“${BLACKLIST_SHEET}”的前10行中没有“单位名称”和“起始年度”两列的表头，未读取失信名单。`,
        en: `Sheet "${BLACKLIST_SHEET}" has no header row with 单位名称 and 起始年度 in its first 10 rows; the list was not read.`,
      });
    } else {
      const { lastRow } = gridBounds(grid);
      for (let row = header.row + 1; row <= lastRow; row++) {
        const unit = cellText(cellAt(grid, row, header.unitColumn));
        const rawYear = cellAt(grid, row, header.yearColumn);
        if (!unit && isBlankCell(rawYear)) continue;
        const startYear = readYear(rawYear);
        const yearCell = `${columnLetter(header.yearColumn)}${row}`;
        if (!unit || startYear === null) {
          notices.push(
            !unit
              ? {
                  zh: `工作表“${BLACKLIST_SHEET}”第${row}行${columnLetter(header.unitColumn)}列没有单位名称，该行未读取。`,
                  en: `Sheet "${BLACKLIST_SHEET}", row ${row}, column ${columnLetter(header.unitColumn)}: no unit name; the row was skipped.`,
                }
              : {
                  zh: `工作表“${BLACKLIST_SHEET}”第${row}行${columnLetter(header.yearColumn)}列的起始年度“${cellText(rawYear)}”不是年份（如2021），该行未读取。`,
                  en: `Sheet "${BLACKLIST_SHEET}", row ${row}, column ${columnLetter(header.yearColumn)} (${yearCell}): start year "${cellText(rawYear)}" is not a year such as 2021; the row was skipped.`,
                },
          );
          continue;
        }
        entries.push({ unit, startYear, source: `${BLACKLIST_SHEET}!${columnLetter(header.unitColumn)}${row}` });
      }
    }
  }
  for (const entry of pack.blacklist) entries.push({ unit: entry.unit, startYear: entry.startYear, source: 'pack' });
  return { entries, notices };
}
