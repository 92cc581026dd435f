// Going to a row from the pane (a finding's row): activate its sheet and select the cell.
import type { Message } from '../../core/types';
import { cellAddress } from './addresses';
import { OfficeHostError, asHostAction } from './errors';
import { excel } from './host';

const GOING: Message = { zh: '定位单元格', en: 'Going to the cell' };

export function selectCell(sheet: string, row: number, column = 1): Promise<void> {
  return asHostAction(GOING, async () => {
    if (!Number.isInteger(row) || row < 1 || !Number.isInteger(column) || column < 1)
      throw new OfficeHostError({
        zh: `无法定位到工作表“${sheet}”第${row}行第${column}列：行号和列号须为正整数。`,
        en: `Cannot go to sheet "${sheet}", row ${row}, column ${column}: rows and columns are whole numbers from 1.`,
      }, 'bad-address');
    await excel().run(async (context) => {
      const target = context.workbook.worksheets.getItemOrNullObject(sheet);
      target.load('name');
      await context.sync();
      if (target.isNullObject)
        throw new OfficeHostError({
          zh: `找不到工作表“${sheet}”，可能已被删除或改名；请重新检查。`,
          en: `Sheet "${sheet}" is not in the workbook (deleted or renamed?); please check again.`,
        }, 'ItemNotFound');
      target.activate();
      target.getRange(cellAddress(row, column)).select();
      await context.sync();
    });
  });
}

const OPENING: Message = { zh: '打开工作表', en: 'Opening the sheet' };

/** Shows one of our sheets (分配汇总, 问题清单): activates it and selects its title cell. */
export function activateSheet(sheet: string): Promise<void> {
  return asHostAction(OPENING, async () => {
    await excel().run(async (context) => {
      const target = context.workbook.worksheets.getItemOrNullObject(sheet);
      target.load('name');
      await context.sync();
      if (target.isNullObject)
        throw new OfficeHostError({
          zh: `找不到工作表“${sheet}”，可能已被删除或改名；请重新校验。`,
          en: `Sheet "${sheet}" is not in the workbook (deleted or renamed?); please check again.`,
        }, 'ItemNotFound');
      target.activate();
      target.getRange('A1').select();
      await context.sync();
    });
  });
}
