// Which Fluent theme the pane uses: Office's own theme in Excel (dark grey, black, colourful,
// white), the system's in a plain browser, and high contrast whenever the system forces colours.
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

export type ThemeName = 'light' | 'dark' | 'contrast';

export interface ThemeSignals {
  /** Office.context.officeTheme.bodyBackgroundColor (Excel mode), e.g. #262626. */
  officeBackground?: string | null;
  /** window.matchMedia, where there is one. */
  matchMedia?: (query: string) => { matches: boolean };
}

/** 0 (black) .. 1 (white), from #rgb or #rrggbb; null when it cannot be read. */
export function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const full = m[1].length === 3 ? m[1].replace(/./g, (c) => c + c) : m[1];
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function pickTheme({ officeBackground, matchMedia }: ThemeSignals): ThemeName {
  if (matchMedia?.('(forced-colors: active)').matches) return 'contrast';
  const office = officeBackground ? luminance(officeBackground) : null;
  if (office !== null) return office < 0.5 ? 'dark' : 'light';
  return matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export const fluentThemes: Record<ThemeName, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  contrast: teamsHighContrastTheme,
};
