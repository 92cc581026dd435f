// Which language the command line speaks: Chinese unless --lang en or an English locale says otherwise.
import type { Lang, Message } from '../core/types';

export function localeLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(locale) ? 'en' : 'zh';
}

/** The --lang value if it is one, else the locale's. A bad value is a usage error for the caller. */
export function pickLang(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang | null {
  if (flag === undefined) return localeLang(env);
  return flag === 'zh' || flag === 'en' ? flag : null;
}

export const say = (lang: Lang, message: Message): string => message[lang];
