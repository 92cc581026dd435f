// Which sheet holds the applications: the one asked for, else the active one, else one of the
// pack's names, else the first with a header row. Settings, blacklist and Shenbao's own sheets are
// never taken for it.
import type { SheetGrid, WorkbookInput } from '../types';
import type { RulePack } from '../pack/schema';
import { InputError } from '../errors';
import { OUTPUT_SHEET_MARK } from '../style';
import { cellText } from './cell-text';
import { cellAt } from './grid';
import { bestHeaderGuess, findHeaderRow } from './headers';

export const SETTINGS_SHEET = '设置';
export const BLACKLIST_SHEET = '失信名单';

export interface PickedSheet {
  grid: SheetGrid;
  headerRow: number;
}

function isShenbaoOutput(grid: SheetGrid): boolean {
  return cellText(cellAt(grid, 1, 1)).startsWith(OUTPUT_SHEET_MARK);
}

function isSideSheet(grid: SheetGrid): boolean {
  return grid.name === SETTINGS_SHEET || grid.name === BLACKLIST_SHEET || isShenbaoOutput(grid);
}

const inFile = (input: WorkbookInput) => ({
  zh: input.source ? `文件“${input.source}”中` : '',
  en: input.source ? ` in "${input.source}"` : '',
});

function expectedHeaders(pack: RulePack): string[] {
  return pack.columns.filter((c) => c.required).map((c) => c.header);
}

function withHeader(grid: SheetGrid | undefined, pack: RulePack): PickedSheet | null {
  if (!grid) return null;
  const headerRow = findHeaderRow(grid, pack);
  return headerRow === null ? null : { grid, headerRow };
}

export function pickSubmissionSheet(input: WorkbookInput, pack: RulePack, opts: { sheet?: string } = {}): PickedSheet {
  const where = inFile(input);
  if (input.sheets.length === 0) {
    throw new InputError({ zh: `${where.zh}没有任何工作表。`, en: `There are no sheets${where.en}.` }, 'no-sheets');
  }
  const byName = new Map(input.sheets.map((s) => [s.name, s] as const));
  const expected = expectedHeaders(pack).join('、');
  const expectedEn = expectedHeaders(pack).join(', ');

  if (opts.sheet !== undefined) {
    const grid = byName.get(opts.sheet);
    if (!grid) {
      const names = input.sheets.map((s) => `“${s.name}”`).join('、');
      throw new InputError(
        {
          zh: `${where.zh}没有名为“${opts.sheet}”的工作表；现有工作表：${names}。`,
          en: `There is no sheet "${opts.sheet}"${where.en}; the sheets are ${input.sheets.map((s) => `"${s.name}"`).join(', ')}.`,
        },
        'sheet-not-found',
      );
    }
    const picked = withHeader(grid, pack);
    if (picked) return picked;
    const found = bestHeaderGuess(grid, pack);
    const foundZh = found.length ? `只找到${found.map((h) => `“${h}”`).join('、')}` : '一个也没找到';
    throw new InputError(
      {
        zh: `${where.zh}工作表“${grid.name}”的前10行中没有表头行（需至少${pack.minKnownHeaders}个已知列名）：${foundZh}；应有的列名如：${expected}。`,
        en: `Sheet "${grid.name}"${where.en} has no header row in its first 10 rows (at least ${pack.minKnownHeaders} known headers): found ${found.length ? found.map((h) => `"${h}"`).join(', ') : 'none'}; expected headers such as ${expectedEn}.`,
      },
      'no-header-row',
    );
  }

  const candidates: SheetGrid[] = [];
  const active = input.activeSheet === undefined ? undefined : byName.get(input.activeSheet);
  if (active && !isSideSheet(active)) candidates.push(active);
  for (const name of pack.sheetNames) {
    const grid = byName.get(name);
    if (grid && !isSideSheet(grid)) candidates.push(grid);
  }
  for (const grid of input.sheets) if (!isSideSheet(grid)) candidates.push(grid);

  const looked = new Set<SheetGrid>();
  for (const grid of candidates) {
    if (looked.has(grid)) continue;
    looked.add(grid);
    const picked = withHeader(grid, pack);
    if (picked) return picked;
  }
  const names = [...looked].map((g) => g.name);
  throw new InputError(
    {
      zh: `${where.zh}找不到申报表：查看了工作表${names.length ? names.map((n) => `“${n}”`).join('、') : '（无可用工作表）'}，前10行中都没有至少${pack.minKnownHeaders}个已知列名的表头行；应有的列名如：${expected}。`,
      en: `No submissions sheet found${where.en}: looked at ${names.length ? names.map((n) => `"${n}"`).join(', ') : 'no usable sheet'}, and none has a header row with at least ${pack.minKnownHeaders} known headers in its first 10 rows; expected headers such as ${expectedEn}.`,
    },
    'no-header-row',
  );
}
