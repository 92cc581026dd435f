// shenbao check IN.xlsx [--out OUT.xlsx] [--json REPORT.json] [--sheet NAME] [--rules PACK.json]
import { existsSync, realpathSync, statSync } from 'fs';
import { basename, dirname, extname, join, resolve } from 'path';
import { checkWorkbookBytes, type CheckBytesOptions, type CheckBytesResult, type CheckStage } from '../../adapters/exceljs/check-bytes';
import { readWorkbookFile } from '../../adapters/exceljs/load-file';
import { defaultPack } from '../../core/pack';
import type { Lang, Message } from '../../core/types';
import { parseCommand, type Parsed } from '../args';
import { EXIT, UsageError } from '../failures';
import type { CliIO } from '../io';
import { say } from '../lang';
import { readPackFile } from '../pack-file';
import { summaryLines } from '../summary';
import { writeWhole } from '../write-file';

/** IN's name with `.checked.xlsx` (or another ending), beside it. */
export function defaultOutput(input: string, ending = '.checked.xlsx'): string {
  const ext = extname(input);
  const stem = /^\.xls[xm]?$/i.test(ext) ? basename(input, ext) : basename(input);
  return join(dirname(input), `${stem}${ending}`);
}

/**
 * The same file, even through a different spelling of its path, a link, or another case of its name
 * on Windows and macOS (where IN.XLSX is in.xlsx): two names for one file share device and inode.
 */
function samePath(a: string, b: string): boolean {
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : resolve(p));
  if (real(a) === real(b)) return true;
  if (!existsSync(a) || !existsSync(b)) return false;
  const [x, y] = [statSync(a), statSync(b)];
  return x.dev === y.dev && x.ino === y.ino;
}

const STAGES: Record<CheckStage, Message> = {
  open: { zh: '正在打开文件…', en: 'Opening the file…' },
  read: { zh: '正在读取工作表…', en: 'Reading the sheets…' },
  check: { zh: '正在检查…', en: 'Checking…' },
  write: { zh: '正在写出结果…', en: 'Writing the result…' },
};

export const FILE_OPTIONS = { out: { type: 'string' }, json: { type: 'string' }, sheet: { type: 'string' }, rules: { type: 'string' } } as const;

export async function checkCommand(args: string[], io: CliIO): Promise<{ code: number; lang: Lang }> {
  const parsed = parseCommand('check', args, FILE_OPTIONS, { min: 1, max: 1, what: { zh: '要检查的文件（.xlsx）', en: 'the file to check (.xlsx)' } }, io.env);
  return checkFile(parsed, io);
}

/** The file path of `check` (and of `propose`, which adds its sheets): IN read, the copy and the report written. */
export async function checkFile(
  { values, positionals, lang }: Parsed,
  io: CliIO,
  proposing?: { propose: NonNullable<CheckBytesOptions['propose']>; ending: string },
): Promise<{ code: number; lang: Lang; checked: CheckBytesResult }> {
  const input = resolve(io.cwd, positionals[0]);
  const output = resolve(io.cwd, values.out ?? defaultOutput(positionals[0], proposing?.ending));
  const report = values.json === undefined ? undefined : resolve(io.cwd, values.json);
  if (samePath(input, output)) {
    throw new UsageError({
      zh: `结果文件不能与原文件相同（“${positionals[0]}”），原文件不会被覆盖；请用 --out 指定另一个文件名。`,
      en: `The output cannot be the input file ("${positionals[0]}"): the input is never written over; give another name with --out.`,
    });
  }
  if (report && (samePath(report, input) || samePath(report, output))) {
    throw new UsageError({ zh: '--json 报告文件不能与原文件或结果文件相同。', en: '--json must name a file other than the input and the output.' });
  }

  const pack = values.rules === undefined ? defaultPack : await readPackFile(resolve(io.cwd, values.rules), values.rules);
  const bytes = await readWorkbookFile(input, positionals[0]);
  const checked = await checkWorkbookBytes(bytes, basename(input), {
    pack,
    lang,
    ...(values.sheet === undefined ? {} : { sheet: values.sheet }),
    ...(proposing ? { propose: proposing.propose } : {}),
    onStage: (stage) => io.progress?.(say(lang, STAGES[stage])),
  });
  io.progress?.(null);

  for (const warning of checked.warnings) io.err(`${lang === 'zh' ? '提示：' : 'Note: '}${say(lang, warning)}`);
  await writeWhole(output, checked.output);
  if (report) await writeWhole(report, `${JSON.stringify(checked.report, null, 2)}\n`);
  for (const line of summaryLines(checked.result, { output, ...(report ? { report } : {}) }, lang)) io.out(line);
  return { code: EXIT.ok, lang, checked };
}
