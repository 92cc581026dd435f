// shenbao pack OUT.json: the built-in 2022 pack as JSON, the starting point for next year's guide.
// Edit the copy (categories, counts, budgets, deadlines, messages) and check with --rules OUT.json.
import { resolve } from 'path';
import { defaultPack } from '../../core/pack';
import type { Lang } from '../../core/types';
import { parseCommand } from '../args';
import { EXIT } from '../failures';
import type { CliIO } from '../io';
import { writeWhole } from '../write-file';

export async function packCommand(args: string[], io: CliIO): Promise<{ code: number; lang: Lang }> {
  const { positionals, lang } = parseCommand(
    'pack',
    args,
    {},
    { min: 1, max: 1, what: { zh: '要写出的规则包文件名（.json）', en: 'the rule pack file to write (.json)' } },
    io.env,
  );
  const output = resolve(io.cwd, positionals[0]);
  // The validated pack, defaults filled in, so every field a new guide may change is in view.
  await writeWhole(output, JSON.stringify(defaultPack, null, 2) + '\n');
  io.out(lang === 'zh' ? `已写出内置规则包（${defaultPack.id}）：${output}` : `Wrote the built-in rule pack (${defaultPack.id}): ${output}`);
  return { code: EXIT.ok, lang };
}
