// Yes/no cells, in the many ways people tick a box.
import type { CellValue } from '../../types';
import { matchKey } from '../../text/normalise';
import { EXPECTED, notA, ok, type Parsed } from './parsed';

const YES = ['是', '有', 'y', 'yes', 'true', '√', '✓', '✔', '1', '对'];
const NO = ['否', '无', '没有', 'n', 'no', 'false', '×', '✗', '✘', '0', '不是'];

const WORDS = new Map<string, boolean>([...YES.map((w) => [matchKey(w), true] as const), ...NO.map((w) => [matchKey(w), false] as const)]);

export function readYesNo(raw: CellValue): Parsed<boolean> {
  if (typeof raw === 'boolean') return ok(raw);
  if (typeof raw === 'number') return raw === 1 ? ok(true) : raw === 0 ? ok(false) : notA(EXPECTED.yesno);
  if (typeof raw !== 'string') return notA(EXPECTED.yesno);
  const word = WORDS.get(matchKey(raw));
  return word === undefined ? notA(EXPECTED.yesno) : ok(word);
}
