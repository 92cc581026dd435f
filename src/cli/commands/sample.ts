// shenbao sample OUT.xlsx [--rows N] [--seed S]: a made-up round, the same for the same seed.
import { resolve } from 'path';
import { writeSampleFile } from '../../adapters/exceljs/sample-file';
import { defaultPack } from '../../core/pack';
import { SAMPLE_DEFAULTS } from '../../core/sample';
import type { Lang } from '../../core/types';
import { parseCommand, wholeNumber } from '../args';
import { EXIT } from '../failures';
import type { CliIO } from '../io';
import { writeWholeWith } from '../write-file';

const MAX_ROWS = 1_000_000;

export async function sampleCommand(args: string[], io: CliIO): Promise<{ code: number; lang: Lang }> {
  const { values, positionals, lang } = parseCommand(
    'sample',
    args,
    { rows: { type: 'string' }, seed: { type: 'string' } },
    { min: 1, max: 1, what: { zh: '要写出的文件名（.xlsx）', en: 'the file to write (.xlsx)' } },
    io.env,
  );
  const rows = wholeNumber('rows', values.rows, SAMPLE_DEFAULTS.rows, 1, MAX_ROWS);
  const seed = wholeNumber('seed', values.seed, SAMPLE_DEFAULTS.seed, 0, 2 ** 32 - 1);
  const output = resolve(io.cwd, positionals[0]);
  await writeWholeWith(output, (temporary) => writeSampleFile(defaultPack, { rows, seed }, temporary));
  io.out(lang === 'zh' ? `已写出示例申报表（${rows} 行，种子 ${seed}）：${output}` : `Wrote a sample round (${rows} rows, seed ${seed}): ${output}`);
  return { code: EXIT.ok, lang };
}
