// A column's cells read by its type: the parser for the type, the error wording and the blank
// field are settled once per column, then every cell of the column goes through `read`.
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

/** The reader of one column; `pack` supplies the coded values (types, categories, decisions). */
export function columnReader(column: MappedColumn, pack: RulePack): ColumnReader {
  const { field: key, column: number, header, type } = column;
  const parse = parserFor(column, packWords(pack));
  const blankValue = type === 'decision' ? 'pending' : null;
  const field = (raw: CellValue, text: string, blank: boolean, value: unknown, error?: Message): ReadField => {
    const state = error ? 'unreadable' : blank || value === null || value === undefined ? 'blank' : 'value';
    const read: ReadField = { field: key, column: number, header, raw, text, blank, value, state };
    if (error) read.error = error;
    return read;
  };
  // Most cells of a sheet are empty (the figures other categories report): they all read alike,
  // as one field, frozen so that no row can change what another row sees.
  const empty = Object.freeze(field(null, '', true, blankValue));
  const read = (raw: CellValue): ReadField => {
    const text = cellText(raw);
    if (isBlankCell(raw)) return field(raw, text, true, blankValue);
    // Ignored columns (序号, 备注) are never judged, not even an error value in them.
    if (type === 'ignored') return field(raw, text, false, text);
    if (isErrorCell(raw)) return field(raw, text, false, null, errorValue(type));
    if (type === 'text') return field(raw, text, false, text);
    const parsed = parse(raw, text);
    if (parsed.ok) return field(raw, text, false, parsed.value);
    return field(raw, text, false, null, badValue(parsed.expected));
  };
  // A column repeats a few values down the rows (是, 省级学会, a category, an amount): the same text
  // or number reads the same, so it is read once and its frozen field shared by the rows that hold it.
  const known = new Map<string | number, ReadField>();
  return (cell) => {
    if (cell === null || cell === undefined) return empty;
    // A Map takes -0 for 0, and an amount of -0 reads apart from 0.
    if (type === 'text' || type === 'ignored' || (typeof cell !== 'string' && typeof cell !== 'number') || Object.is(cell, -0)) return read(cell);
    let shared = known.get(cell);
    if (shared === undefined) {
      shared = Object.freeze(read(cell));
      known.set(cell, shared);
    }
    return shared;
  };
}
