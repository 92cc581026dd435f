// shenbao: the command line. One file per command; this one picks the command and turns failures
// into exit codes: 0 the command ran, 1 an input (or the rule pack) cannot be read, 2 a usage error.
import type { Lang } from '../core/types';
import { checkCommand } from './commands/check';
import { helpCommand } from './commands/help';
import { packCommand } from './commands/pack';
import { proposeCommand } from './commands/propose';
import { sampleCommand } from './commands/sample';
import { templateCommand } from './commands/template';
import { EXIT, messageOf, UsageError } from './failures';
import { processIO, type CliIO } from './io';
import { localeLang, say } from './lang';
import { USAGE } from './usage';

type Command = (args: string[], io: CliIO) => Promise<{ code: number; lang: Lang }>;

const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  propose: proposeCommand,
  template: templateCommand,
  sample: sampleCommand,
  pack: packCommand,
  help: helpCommand,
};

/** The language of a failure message: --lang if given right, else the locale. */
function langOf(args: string[], io: CliIO): Lang {
  const at = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = at < 0 ? undefined : args[at].includes('=') ? args[at].split('=')[1] : args[at + 1];
  return value === 'en' || value === 'zh' ? value : localeLang(io.env);
}

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...args] = argv;
  const lang = langOf(argv, io);
  const command = name === undefined || name === '--help' || name === '-h' ? helpCommand : COMMANDS[name];
  try {
    if (!command) {
      throw new UsageError({ zh: `没有“${name}”这个命令。`, en: `There is no command "${name}".` });
    }
    return (await command(args, io)).code;
  } catch (error) {
    io.progress?.(null);
    if (error instanceof UsageError) {
      io.err(say(lang, error.text));
      io.err('');
      io.err(say(lang, USAGE));
      return EXIT.usage;
    }
    const text = messageOf(error);
    if (text) {
      io.err(say(lang, text));
      return EXIT.input;
    }
    // A bug, not the user's doing: say so plainly and keep the details for whoever fixes it.
    io.err(lang === 'zh' ? '出现意外错误（程序缺陷，请报告）：' : 'An unexpected error occurred (a bug; please report it):');
    io.err(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return EXIT.input;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
