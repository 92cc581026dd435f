// Counts (whole numbers ≥ 0, e.g. 纸质版份数) and plain numbers (figures, 评审得分). A measure word
// after the number (3份, 50人, 4次) is allowed, as people write them so.
import type { CellValue } from '../../types';
import { compactText, parseDecimal } from './numeric-text';
import { EXPECTED, notA, ok, type Parsed } from './parsed';

const MEASURE_WORD = /^(.*?)(份|个|次|人|名|家|件|岁|项|分|场|期|片|片区)?$/;
// 一式三份 is how the guide itself says "three copies".
const SET_OF = /^一式(.)份$/;
const CHINESE_DIGITS = new Map(Object.entries({ 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 }));

function numberFromText(raw: string): number | null {
  const text = compactText(raw);
  const set = SET_OF.exec(text);
  if (set) return CHINESE_DIGITS.get(set[1]) ?? parseDecimal(set[1]);
  const body = MEASURE_WORD.exec(text)?.[1] ?? text;
  return CHINESE_DIGITS.get(body) ?? parseDecimal(body);
}

export function readNumber(raw: CellValue): Parsed<number> {
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' ? numberFromText(raw) : null;
  return value !== null && Number.isFinite(value) ? ok(value) : notA(EXPECTED.number);
}

export function readCount(raw: CellValue): Parsed<number> {
  const read = readNumber(raw);
  return read.ok && Number.isInteger(read.value) && read.value >= 0 ? read : notA(EXPECTED.count);
}
