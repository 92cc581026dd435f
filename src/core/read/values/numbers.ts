// Counts (whole numbers ≥ 0, e.g. 纸质版份数) and plain numbers (figures, 评审得分). A measure word
// after the number (3份, 50人, 4次) is allowed, as people write them so.
import type { CellValue } from '../../types';
import { compactText, parseDecimal } from './numeric-text';
import { EXPECTED, notA, ok, type Parsed } from './parsed';

// 万 before the measure word: the guide itself asks for 新增1万家, and people write 1.2万 so too.
const MEASURE_WORD = /^(.*?)(万)?(份|个|次|人|名|家|件|岁|项|分|场|期|片|片区)?$/;
const TEN_THOUSAND = 10_000;
// 一式三份 is how the guide itself says "three copies".
const SET_OF = /^一式(.)份$/;
const CHINESE_DIGITS = new Map(Object.entries({ 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 }));

function numberFromText(raw: string): number | null {
  const text = compactText(raw);
  const set = SET_OF.exec(text);
  if (set) return CHINESE_DIGITS.get(set[1]) ?? parseDecimal(set[1]);
  const match = MEASURE_WORD.exec(text);
  const body = match?.[1] ?? text;
  const value = CHINESE_DIGITS.get(body) ?? parseDecimal(body);
  // Rounded so that 1.2万 is 12000, not 11999.999999999998.
  return value !== null && match?.[2] ? Math.round(value * TEN_THOUSAND * 1e6) / 1e6 : value;
}

export function readNumber(raw: CellValue): Parsed<number> {
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' ? numberFromText(raw) : null;
  return value !== null && Number.isFinite(value) ? ok(value) : notA(EXPECTED.number);
}

export function readCount(raw: CellValue): Parsed<number> {
  const read = readNumber(raw);
  return read.ok && Number.isInteger(read.value) && read.value >= 0 ? read : notA(EXPECTED.count);
}
