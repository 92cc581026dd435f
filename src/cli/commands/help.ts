// shenbao help: the usage text.
import type { Lang } from '../../core/types';
import { parseCommand } from '../args';
import { EXIT } from '../failures';
import type { CliIO } from '../io';
import { say } from '../lang';
import { USAGE } from '../usage';

export async function helpCommand(args: string[], io: CliIO): Promise<{ code: number; lang: Lang }> {
  const { lang } = parseCommand('help', args, {}, { min: 0, max: 1, what: { zh: '', en: '' } }, io.env);
  io.out(say(lang, USAGE));
  return { code: EXIT.ok, lang };
}
