// Parsing a command's arguments with node's util.parseArgs, turning its errors into usage errors
// that a person can read.
import { parseArgs, type ParseArgsConfig } from 'util';
import type { Lang } from '../core/types';
import { UsageError } from './failures';
import { pickLang } from './lang';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  values: Record<string, string | undefined>;
  positionals: string[];
  lang: Lang;
}

export function parseCommand(
  command: string,
  args: string[],
  options: Options,
  positionals: { min: number; max: number; what: { zh: string; en: string } },
  env: NodeJS.ProcessEnv,
): Parsed {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...options, lang: { type: 'string' } }, allowPositionals: true, strict: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageError({ zh: `命令 ${command} 的参数有误：${detail}`, en: `Bad arguments for ${command}: ${detail}` });
  }
  const values = parsed.values as Record<string, string | undefined>;
  const lang = pickLang(values.lang, env);
  if (lang === null) {
    throw new UsageError({ zh: `--lang 只能是 zh 或 en，而不是“${values.lang}”。`, en: `--lang must be zh or en, not "${values.lang}".` });
  }
  const count = parsed.positionals.length;
  if (count < positionals.min) {
    throw new UsageError({ zh: `命令 ${command} 缺少${positionals.what.zh}。`, en: `${command} needs ${positionals.what.en}.` });
  }
  if (count > positionals.max) {
    const extra = parsed.positionals.slice(positionals.max).join(' ');
    throw new UsageError({ zh: `命令 ${command} 多出了参数：${extra}`, en: `${command} got extra arguments: ${extra}` });
  }
  return { values, positionals: parsed.positionals, lang };
}

/** A whole number within bounds, or a usage error naming the option. */
export function wholeNumber(name: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^-?\d+$/.test(text.trim()) || value < min || value > max) {
    throw new UsageError({
      zh: `--${name} 应为 ${min} 到 ${max} 之间的整数，而不是“${text}”。`,
      en: `--${name} must be a whole number from ${min} to ${max}, not "${text}".`,
    });
  }
  return value;
}
