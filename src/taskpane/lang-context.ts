// The pane's language, chosen at start-up and switchable from the header.
import { createContext, useContext } from 'react';
import type { Lang, Message } from '../core/types';

export const LangContext = createContext<Lang>('zh');

export function useLang(): Lang {
  return useContext(LangContext);
}

/** `const t = useText(); t(ui.checkButton)` → the message in the pane's language. */
export function useText(): (message: Message) => string {
  const lang = useContext(LangContext);
  return (message) => message[lang];
}
