// The pane inside FluentProvider with the theme of the moment: it follows the system's colour
// scheme and forced colours as they change, and Office's theme where Office reports it.
import { useEffect, useState, type ReactNode } from 'react';
import { FluentProvider } from '@fluentui/react-components';
import { fluentThemes, pickTheme, type ThemeName, type ThemeSignals } from '../logic/theme';

export interface ThemedPaneProps {
  /** Read again whenever the system's scheme changes; Office's colours are read at each look. */
  signals: () => ThemeSignals;
  children: ReactNode;
}

export function ThemedPane({ signals, children }: ThemedPaneProps) {
  const [name, setName] = useState<ThemeName>(() => pickTheme(signals()));
  useEffect(() => {
    const media = globalThis.matchMedia;
    if (typeof media !== 'function') return;
    const queries = ['(prefers-color-scheme: dark)', '(forced-colors: active)'].map((q) => media(q));
    const update = () => setName(pickTheme(signals()));
    for (const q of queries) q.addEventListener?.('change', update);
    return () => {
      for (const q of queries) q.removeEventListener?.('change', update);
    };
  }, [signals]);
  return (
    <FluentProvider theme={fluentThemes[name]} data-theme={name} style={{ minHeight: '100vh' }}>
      {children}
    </FluentProvider>
  );
}
