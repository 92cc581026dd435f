// Which pane to show and in which language, decided once at start-up from what office.js reports.
import type { Lang } from '../../core/types';

export type PaneMode = 'excel' | 'browser';

/** What `Office.onReady` resolves with; `host` is null in a plain browser or WPS. */
export interface ReadyInfo {
  host: unknown;
}

/**
 * Excel mode only when office.js says the host is Excel. A plain browser, WPS (office.js loads but
 * no host answers) or no office.js at all gets the browser mode, which needs no host.
 */
export function pickMode(info: ReadyInfo | null, excelHost: unknown): PaneMode {
  return info !== null && info.host !== null && info.host !== undefined && info.host === excelHost ? 'excel' : 'browser';
}

/** Chinese for any `zh…` language tag (zh-CN, zh-TW, zh-Hans), English otherwise. */
export function pickLanguage(tag: string | null | undefined): Lang {
  return typeof tag === 'string' && tag.trim().toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
