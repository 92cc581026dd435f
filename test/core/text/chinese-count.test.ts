// How counts read in Chinese messages: the way the guide writes them (一式三份).
import { chineseCount } from '../../../src/core/text/chinese-count';

test.each([
  [0, '零'],
  [3, '三'],
  [10, '十'],
  [12, '十二'],
  [20, '二十'],
  [25, '二十五'],
  [99, '九十九'],
])('%d reads as %s', (n, words) => expect(chineseCount(n)).toBe(words));

test.each([100, -1, 2.5])('%d, outside whole numbers 0–99, stays in digits', (n) => expect(chineseCount(n)).toBe(String(n)));
