// The ribbon command has no window of its own. When it fails it leaves the sentence here and
// opens the pane, which shows it. localStorage is shared by the command's and the pane's pages
// (same origin) whether or not the add-in runs in a shared runtime; a pane that is already open
// hears of it through the `storage` event (another page) or a listener (the same page).
import type { Message } from '../../core/types';

const KEY = 'shenbao.commandError';
// An error older than this belongs to an earlier session and would only confuse.
const MAX_AGE_MS = 10 * 60 * 1000;

const listeners = new Set<() => void>();

export function rememberCommandError(text: Message, now: number = Date.now()): void {
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify({ text, at: now }));
  } catch {
    // Storage blocked (private mode): an open pane in this page still hears of it below.
  }
  listeners.forEach((listener) => listener());
}

/** The command's last error, once: reading it clears it. */
export function takeCommandError(now: number = Date.now()): Message | null {
  try {
    const stored = globalThis.localStorage?.getItem(KEY);
    if (!stored) return null;
    globalThis.localStorage.removeItem(KEY);
    const { text, at } = JSON.parse(stored) as { text?: Message; at?: number };
    if (!text || typeof text.zh !== 'string' || typeof text.en !== 'string') return null;
    if (typeof at !== 'number' || now - at > MAX_AGE_MS) return null;
    return text;
  } catch {
    return null;
  }
}

/** Call `listener` whenever the command leaves an error; returns the unsubscribe. */
export function onCommandError(listener: () => void): () => void {
  const fromOtherPage = (event: StorageEvent) => {
    if (event.key === KEY && event.newValue) listener();
  };
  listeners.add(listener);
  globalThis.addEventListener?.('storage', fromOtherPage);
  return () => {
    listeners.delete(listener);
    globalThis.removeEventListener?.('storage', fromOtherPage);
  };
}
