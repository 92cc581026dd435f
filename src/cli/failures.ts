// The two ways a command stops early. A usage error (exit 2) prints the usage after its sentence;
// an input failure (exit 1) is one sentence naming the file, and nothing has been written.
import type { Message } from '../core/types';

export const EXIT = { ok: 0, input: 1, usage: 2 } as const;

export class UsageError extends Error {
  constructor(readonly text: Message) {
    super(text.en);
    this.name = 'UsageError';
  }
}

export class InputFailure extends Error {
  constructor(readonly text: Message) {
    super(text.en);
    this.name = 'InputFailure';
  }
}

/** Errors from the core and the adapter that carry their own sentence (WorkbookFileError, InputError, …). */
export function messageOf(error: unknown): Message | null {
  if (error && typeof error === 'object' && 'text' in error) {
    const text = (error as { text: unknown }).text;
    if (text && typeof text === 'object' && 'zh' in text && 'en' in text) return text as Message;
  }
  return null;
}
