// The sample round as a real .xlsx: the core generates the cells, this gives them their types
// (dates as date cells, amounts as numbers, text as text) and a usable layout.
import type * as ExcelJS from 'exceljs';
import type { RulePack } from '../../core/pack/schema';
import { generateSample, type SampleOptions } from '../../core/sample';
import type { WorkbookInput } from '../../core/types';
import { workbookFromInput, type GridLayout } from './workbook-from-grid';

/** The submissions sheet's header is on row 2 (under the title); 设置 and 失信名单 start with theirs. */
export function sampleLayouts(input: WorkbookInput): Record<string, GridLayout> {
  const [submissions, ...others] = input.sheets;
  return Object.fromEntries([[submissions.name, { headerRow: 2 }], ...others.map((sheet) => [sheet.name, { headerRow: 1 }])]);
}

export function sampleWorkbook(pack: RulePack, options: SampleOptions): ExcelJS.Workbook {
  const input = generateSample(pack, options);
  return workbookFromInput(input, sampleLayouts(input));
}

export async function sampleWorkbookBytes(pack: RulePack, options: SampleOptions): Promise<Uint8Array> {
  return new Uint8Array(await sampleWorkbook(pack, options).xlsx.writeBuffer());
}
