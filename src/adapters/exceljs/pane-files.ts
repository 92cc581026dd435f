// The files the browser pane offers besides the checked copy: the blank template, the bundled
// sample, and one of our sheets (分配汇总, 问题清单) on its own. Loaded with the offline chunk.
import * as ExcelJS from 'exceljs';
import type { RulePack } from '../../core/pack/schema';
import { SAMPLE_DEFAULTS } from '../../core/sample/generate';
import type { Lang, TablePlan } from '../../core/types';
import { sampleWorkbookBytes } from './sample-workbook';
import { templateWorkbookBytes } from './template-workbook';
import { writeTable } from './write-table';

export function templateFileBytes(pack: RulePack, lang: Lang): Promise<Uint8Array> {
  return templateWorkbookBytes(pack, lang);
}

export function sampleFileBytes(pack: RulePack): Promise<Uint8Array> {
  return sampleWorkbookBytes(pack, SAMPLE_DEFAULTS);
}

/** A workbook of the one table, written as the checked copy writes it. */
export async function tableFileBytes(table: TablePlan): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  writeTable(wb, table);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
