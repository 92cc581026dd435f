// The 设置 sheet from the pane: read the submission deadline, and set or clear it. Writing touches
// only the 申报截止日期 row's value (or adds that row, or the sheet when it is missing). The key
// spellings and the date reading are the core's, so the pane and the check agree.
import { defaultPack } from '../../core/pack/built-in';
import type { RulePack } from '../../core/pack/schema';
import { SETTINGS_SHEET, readSettings } from '../../core/read';
import type { CellValue, Message, SheetGrid } from '../../core/types';
import { parseBoxAddress } from './addresses';
import { toCellGrid } from './cell-values';
import { OfficeHostError, asHostAction } from './errors';
import { excel } from './host';
import { TEXT_FORMAT } from './formula-safety';

/** The key written when the sheet has none, and the header of a sheet we create. */
export const DEADLINE_KEY = '申报截止日期';
export const SETTINGS_HEADER = ['项目', '值'];

// readSettings falls back to the pack's deadline; the sheet alone is wanted here.
const SHEET_ONLY: RulePack = { ...defaultPack, deadlines: { ...defaultPack.deadlines, submission: null } };

const READING: Message = { zh: `读取“${SETTINGS_SHEET}”工作表`, en: `Reading the ${SETTINGS_SHEET} sheet` };
const WRITING: Message = { zh: '保存申报截止日期', en: 'Saving the submission deadline' };

function deadlineOf(grid: SheetGrid): string | null {
  return readSettings({ sheets: [grid] }, SHEET_ONLY).settings.submissionDeadline ?? null;
}

/** Whether a key cell names the deadline, as the core reads it (any of its spellings). */
function isDeadlineKey(key: CellValue): boolean {
  return deadlineOf({ name: SETTINGS_SHEET, rows: [[key, '2000-01-01']] }) !== null;
}

async function loadKeyColumns(context: Excel.RequestContext) {
  const sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
  sheet.load('name');
  await context.sync();
  if (sheet.isNullObject) return { sheet, grid: null, firstRow: 1 };
  // Keys and values live in columns A and B; the rest of the sheet is not ours to read.
  const used = sheet.getRange('A:B').getUsedRangeOrNullObject(true);
  used.load('address, values, valueTypes, numberFormat');
  await context.sync();
  if (used.isNullObject) return { sheet, grid: { name: SETTINGS_SHEET, rows: [] } as SheetGrid, firstRow: 1 };
  const box = parseBoxAddress(used.address);
  const grid: SheetGrid = { name: SETTINGS_SHEET, rows: toCellGrid(used.values, used.valueTypes, used.numberFormat), firstRow: box.top, firstCol: box.left };
  return { sheet, grid, firstRow: box.top };
}

export function readWorkbookSettings(): Promise<{ submissionDeadline: string | null }> {
  return asHostAction(READING, () =>
    excel().run(async (context) => {
      const { grid } = await loadKeyColumns(context);
      return { submissionDeadline: grid ? deadlineOf(grid) : null };
    }),
  );
}

export function writeSubmissionDeadline(iso: string | null): Promise<void> {
  return asHostAction(WRITING, async () => {
    if (iso !== null && !/^\d{4}-\d{2}-\d{2}$/.test(iso))
      throw new OfficeHostError({
        zh: `申报截止日期“${iso}”不是有效日期，应写成 2022-10-31 这样的格式。`,
        en: `The submission deadline "${iso}" is not a date; write it like 2022-10-31.`,
      }, 'bad-date');
    await excel().run(async (context) => {
      const { sheet, grid, firstRow } = await loadKeyColumns(context);
      const target = grid ? sheet : context.workbook.worksheets.add(SETTINGS_SHEET);
      if (!grid) target.getRange('A1:B1').values = [SETTINGS_HEADER];
      const rows = grid?.rows ?? [];
      const keyColumnOffset = 1 - (grid?.firstCol ?? 1);
      const found = rows.findIndex((r) => isDeadlineKey(r[keyColumnOffset] ?? null));
      if (found >= 0) {
        const value = target.getRange(`B${firstRow + found}`);
        if (iso === null) value.values = [['']];
        else {
          // As text, so Excel does not turn it into a date in the user's locale format.
          value.numberFormat = [[TEXT_FORMAT]];
          value.values = [[iso]];
        }
      } else if (iso !== null) {
        const row = grid && rows.length > 0 ? firstRow + rows.length : 2;
        const line = target.getRange(`A${row}:B${row}`);
        line.numberFormat = [[TEXT_FORMAT, TEXT_FORMAT]];
        line.values = [[DEADLINE_KEY, iso]];
      }
      await context.sync();
    });
  });
}
