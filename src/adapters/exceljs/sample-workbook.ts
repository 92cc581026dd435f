// The sample round as a real .xlsx: the core generates the cells, this gives them their types
// (dates as date cells, amounts as numbers, text as text) and a usable layout.
import type * as ExcelJS from 'exceljs';
import type { RulePack } from '../../core/pack/schema';
import { generateSample, type SampleOptions } from '../../core/sample';
import { workbookFromInput } from './workbook-from-grid';

export function sampleWorkbook(pack: RulePack, options: SampleOptions): ExcelJS.Workbook {
  const input = generateSample(pack, options);
  const [submissions, ...others] = input.sheets;
  const layouts = Object.fromEntries([[submissions.name, { headerRow: 2 }], ...others.map((sheet) => [sheet.name, { headerRow: 1 }])]);
  return workbookFromInput(input, layouts);
}

export async function sampleWorkbookBytes(pack: RulePack, options: SampleOptions): Promise<Uint8Array> {
  return new Uint8Array(await sampleWorkbook(pack, options).xlsx.writeBuffer());
}
