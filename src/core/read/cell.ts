// One cell read by its column's type. Never throws: anything unreadable becomes `error`, quoting the
// cell, for the `bad-value` rule.
import type { CellValue, MappedColumn, Message, ReadField } from '../types';
import type { RulePack } from '../pack/schema';
import { cellText, isBlankCell, isErrorCell } from './cell-text';
import { readAmount } from './values/amount';
import { readApplicantType, readCategory, readDecision } from './values/coded';
import { readDate } from './values/date';
import { readCount, readNumber } from './values/numbers';
import { packWords, type PackWords } from './values/pack-words';
import { EXPECTED, ok, type Parsed } from './values/parsed';
import { readYesNo } from './values/yesno';

function parse(raw: CellValue, text: string, column: MappedColumn, words: PackWords): Parsed<unknown> {
  switch (column.type) {
    case 'amount':
      return readAmount(raw, column.unit ?? 'wan');
    case 'date':
      return readDate(raw);
    case 'yesno':
      return readYesNo(raw);
    case 'count':
      return readCount(raw);
    case 'number':
      return readNumber(raw);
    case 'applicantType':
      return readApplicantType(text, words);
    case 'category':
      return readCategory(raw, text, words);
    case 'decision':
      return readDecision(text, words);
    case 'text':
    case 'ignored':
      return ok(text);
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

function errorValue(header: string, text: string, type: MappedColumn['type']): Message {
  return {
    zh: `「${header}」的内容“${text}”是Excel错误值，不是${EXPECTED_BY_TYPE[type].zh}`,
    en: `"${text}" in ${header} is an Excel error value, not ${EXPECTED_BY_TYPE[type].en}`,
  };
}

function badValue(header: string, text: string, expected: Message): Message {
  return {
    zh: `「${header}」的内容“${text}”不是${expected.zh}`,
    en: `"${text}" in ${header} is not ${expected.en}`,
  };
}

function field(column: MappedColumn, raw: CellValue, text: string, blank: boolean, value: unknown, error?: Message): ReadField {
  // One literal of one shape for every cell: this runs millions of times on a large sheet.
  const read: ReadField = { field: column.field, column: column.column, header: column.header, raw, text, blank, value };
  if (error) read.error = error;
  return read;
}

/** Read one cell of an application. `pack` supplies the coded values (types, categories, decisions). */
export function readCell(raw: CellValue | undefined, column: MappedColumn, pack: RulePack): ReadField {
  const cell = raw === undefined ? null : raw;
  const text = cellText(cell);
  if (isBlankCell(cell)) return field(column, cell, text, true, column.type === 'decision' ? 'pending' : null);
  // Ignored columns (序号, 备注) are never judged, not even an error value in them.
  if (column.type === 'ignored') return field(column, cell, text, false, text);
  if (isErrorCell(cell)) return field(column, cell, text, false, null, errorValue(column.header, text, column.type));
  const parsed = parse(cell, text, column, packWords(pack));
  if (parsed.ok) return field(column, cell, text, false, parsed.value);
  return field(column, cell, text, false, null, badValue(column.header, text, parsed.expected));
}
