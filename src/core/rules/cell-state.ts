// How a message says what a cell holds: "为「否」" quotes what was typed, "未填写" says it is empty.
// Quoting a made-up word for an empty cell (为「未填」) read as if the user had typed 未填.
import type { Message } from '../types';

export function cellState(blank: boolean, text: string): Message {
  return blank ? { zh: '未填写', en: 'is empty' } : { zh: `为「${text}」`, en: `is "${text}"` };
}
