// Input the core cannot work with at all (no header row, a sheet that does not exist).
// Problems inside rows are findings, not errors: a check always finishes when a sheet can be read.
import type { Message } from './types';

export class InputError extends Error {
  constructor(
    /** One clear sentence in each language, naming the sheet (and row/column where it helps). */
    readonly text: Message,
    readonly code: 'no-sheets' | 'no-header-row' | 'sheet-not-found' | 'no-data',
  ) {
    super(text.en);
    this.name = 'InputError';
  }
}
