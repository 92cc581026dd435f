// Node only: the sample round streamed to a file, for rounds of any size (the command line).
import type { RulePack } from '../../core/pack/schema';
import { generateSample, type SampleOptions } from '../../core/sample';
import { sampleLayouts } from './sample-workbook';
import { streamWorkbookToFile } from './stream-workbook';

export async function writeSampleFile(pack: RulePack, options: SampleOptions, filename: string): Promise<void> {
  const input = generateSample(pack, options);
  await streamWorkbookToFile(input, sampleLayouts(input), filename);
}
