// A message a user reads is one sentence in each language.
import type { Message } from '../../src/core/types';

export function expectOneSentence(text: Message): void {
  expect(text.zh.trim().endsWith('。')).toBe(true);
  expect(text.zh.trim().slice(0, -1)).not.toMatch(/[。！？]/);
  expect(text.en.trim()).toMatch(/\.$/);
  // A full stop followed by a new capitalised sentence; ".xlsx" and "e.g." are not sentence ends.
  expect(text.en.trim().slice(0, -1)).not.toMatch(/[.!?]\s+[A-Z]/);
}
