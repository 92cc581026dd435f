// A column's cells read by one function compiled once per column: the parser for its type, its
// error wording and its blank field are settled before the first row, so a large sheet pays only
// for what each cell holds.
import type { CellValue, MappedColumn, Message, ReadField } from '../types';
import type { RulePack } from '../pack/schema';
import { cellText, isBlankCell, isErrorCell } from './cell-text';
import { readAmount } from './values/amount';
import { readApplicantType, readCategory, readDecision } from './values/coded';
import { isReadableDay, readDate } from './values/date';
import { readCount, readNumber } from './values/numbers';
import { packWords, type PackWords } from './values/pack-words';
import { EXPECTED, notA, ok, type Parsed } from './values/parsed';
import { readYesNo } from './values/yesno';

export type ColumnReader = (raw: CellValue | undefined) => ReadField;

type Parse = (raw: CellValue, text: string) => Parsed<unknown>;

function parserFor(column: MappedColumn, words: PackWords): Parse {
  switch (column.type) {
    case 'amount': {
      const unit = column.unit ?? 'wan';
      return (raw) => readAmount(raw, unit);
    }
    case 'date':
      // A Date cell's text is already its ISO day (cellText): it is not formatted a second time.
      return (raw, text) => (raw instanceof Date ? (isReadableDay(raw) ? ok(text) : notA(EXPECTED.date)) : readDate(raw));
    case 'yesno':
      return readYesNo;
    case 'count':
      return readCount;
    case 'number':
      return readNumber;
    case 'applicantType':
      return (_raw, text) => readApplicantType(text, words);
    case 'category':
      return (raw, text) => readCategory(raw, text, words);
    case 'decision':
      return (_raw, text) => readDecision(text, words);
    case 'text':
    case 'ignored':
      return (_raw, text) => ok(text);
  }
}

const EXPECTED_BY_TYPE: Record<MappedColumn['type'], Message> = {
  amount: EXPECTED.amount,
  date: EXPECTED.date,
  yesno: EXPECTED.yesno,
  count: EXPECTED.count,
  number: EXPECTED.number,
  decision: EXPECTED.decision,
  applicantType: { zh: '单位类型', en: 'an applicant type' },
  category: { zh: '申报类别', en: 'a category' },
  text: { zh: '文字', en: 'text' },
  ignored: EXPECTED.value,
};

// The reason alone: bad-value's message names the column and quotes the cell around it, so the
// reason must not say them again (it did, and every note said the cell twice).
function errorValue(type: MappedColumn['type']): Message {
  return { zh: `是Excel错误值，不是${EXPECTED_BY_TYPE[type].zh}`, en: `is an Excel error value, not ${EXPECTED_BY_TYPE[type].en}` };
}

function badValue(expected: Message): Message {
  return { zh: `不是${expected.zh}`, en: `is not ${expected.en}` };
}

/**
 * How a column's cells are kept: a field every cell of that value shares is kept once, in `dict`,
 * and a cell is its index there; a field of its own (free text, an unreadable cell) is kept as it is.
 * On 100,000 rows that is a 2-byte code per cell instead of a pointer the garbage collector must
 * follow and remember.
 */
export interface ColumnCoder {
  /** Shared, frozen, readable fields; dict[0] is the empty cell's. */
  readonly dict: ReadField[];
  /**
   * A cell's index in `dict`, or a field of its own: for a cell that does not repeat a value read
   * before (past REPEATS_LIMIT different ones, free text), for an unreadable cell, and for the
   * rare cells not worth remembering (booleans, -0). A text cell past the limit whose text is the
   * cell as it is (nothing to trim) comes back as that string: its field is `textField(string)`,
   * made when asked for. On 100,000 project names that is 8.5 MB fewer objects living through a
   * check.
   */
  code(raw: CellValue | undefined): number | ReadField | string;
  /** The field of a text cell `code` handed back as its string. */
  textField(text: string): ReadField;
}

/** The coder of one column; `pack` supplies the coded values (types, categories, decisions). */
export function columnCoder(column: MappedColumn, pack: RulePack): ColumnCoder {
  const { field: key, column: number, header, type } = column;
  const parse = parserFor(column, packWords(pack));
  const blankValue = type === 'decision' ? 'pending' : null;
  // One literal of one shape for every cell: this runs millions of times on a large sheet.
  const field = (raw: CellValue, text: string, blank: boolean, value: unknown, error?: Message): ReadField => {
    const state = error ? 'unreadable' : blank || value === null || value === undefined ? 'blank' : 'value';
    const read: ReadField = { field: key, column: number, header, raw, text, blank, value, state };
    if (error) read.error = error;
    return read;
  };
  const read = (raw: CellValue): ReadField => {
    const text = cellText(raw);
    if (isBlankCell(raw)) return field(raw, text, true, blankValue);
    // Ignored columns (序号, 备注) are never judged, not even an error value in them.
    if (type === 'ignored') return field(raw, text, false, text);
    if (isErrorCell(raw)) return field(raw, text, false, null, errorValue(type));
    // Text is its own value: no parse result to build for each of 100,000 project names.
    if (type === 'text') return field(raw, text, false, text);
    const parsed = parse(raw, text);
    if (parsed.ok) return field(raw, text, false, parsed.value);
    return field(raw, text, false, null, badValue(parsed.expected));
  };
  // Most cells of a large sheet are empty (figures other categories report): they all read the
  // same, so they share one frozen field, code 0.
  const dict: ReadField[] = [Object.freeze(field(null, '', true, blankValue))];
  // Free text: a string with nothing to trim is its own text and value, and is kept as it is.
  const readAlone =
    type === 'text' || type === 'ignored'
      ? (raw: CellValue): ReadField | string => (typeof raw === 'string' && raw !== '' && cellText(raw) === raw ? raw : read(raw))
      : read;
  const repeats = repeatedValues(read, readAlone, dict);
  // A round's dates fall on a few hundred days: a Date cell reads as the first cell of its day did.
  const days = repeatedValues(read, read, dict);

  return {
    dict,
    code: (raw) => {
      if (raw === null || raw === undefined) return 0;
      if (typeof raw === 'string' || typeof raw === 'number') return repeats(raw, raw);
      return raw instanceof Date ? days(raw.getTime(), raw) : read(raw);
    },
    textField: (text) => field(text, text, false, text),
  };
}

/** The reader of one column: each cell's field (readCell, and columns read when first asked for). */
export function columnReader(column: MappedColumn, pack: RulePack): ColumnReader {
  const { dict, code, textField } = columnCoder(column, pack);
  return (raw) => {
    const got = code(raw);
    return typeof got === 'number' ? dict[got] : typeof got === 'string' ? textField(got) : got;
  };
}

// Past this many different values a column is free text (project names): remembering, and even
// looking up, buys nothing there, so the column is read plainly from then on. Codes fit in 16 bits
// below the reader's OWN (0xffff): two kinds of key (values and days) of this many each, and the
// empty cell.
const REPEATS_LIMIT = 2_000;

/**
 * The same text, number or day in a column (是, 省级学会, a category, 3, 2022-06-30) reads the same
 * on every row, so it is read once, its frozen field put in `dict`, and its code handed out, rather
 * than parsed and allocated again per row. `key` is the value itself, or a Date's time. A field with
 * an error is never shared: the reader marks a row unreadable by the fields of its own alone
 * (applications.ts), and such cells are few.
 */
function repeatedValues<Alone>(
  read: (raw: CellValue) => ReadField,
  readAlone: (raw: CellValue) => Alone,
  dict: ReadField[],
): (key: string | number, raw: CellValue) => number | ReadField | Alone {
  const seen = new Map<string | number, number>();
  // The cell above often holds the same (是, the same unit, the same day): one comparison, no lookup.
  let lastKey: string | number | undefined;
  let lastCode = 0;
  return (key, raw) => {
    if (key === lastKey && key !== 0) return lastCode;
    // A Map holds 0 and -0 as one key, and an amount of -0 is read apart from 0.
    if (seen.size >= REPEATS_LIMIT || (key === 0 && 1 / key < 0)) return readAlone(raw);
    let code = seen.get(key);
    if (code === undefined) {
      const known = read(raw);
      if (known.error !== undefined) return known;
      code = dict.length;
      dict.push(Object.freeze(known));
      seen.set(key, code);
    }
    lastKey = key;
    lastCode = code;
    return code;
  };
}
