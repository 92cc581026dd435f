// shenbao template OUT.xlsx: an empty submissions workbook to hand out.
import { resolve } from 'path';
import { templateWorkbookBytes } from '../../adapters/exceljs/template-workbook';
import { defaultPack } from '../../core/pack';
import type { Lang } from '../../core/types';
import { parseCommand } from '../args';
import { EXIT } from '../failures';
import type { CliIO } from '../io';
import { writeWhole } from '../write-file';

export async function templateCommand(args: string[], io: CliIO): Promise<{ code: number; lang: Lang }> {
  const { positionals, lang } = parseCommand(
    'template',
    args,
    {},
    { min: 1, max: 1, what: { zh: '要写出的文件名（.xlsx）', en: 'the file to write (.xlsx)' } },
    io.env,
  );
  const output = resolve(io.cwd, positionals[0]);
  await writeWhole(output, await templateWorkbookBytes(defaultPack, lang));
  io.out(lang === 'zh' ? `已写出空白申报汇总表：${output}` : `Wrote an empty submissions workbook: ${output}`);
  return { code: EXIT.ok, lang };
}
