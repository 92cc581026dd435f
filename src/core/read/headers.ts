// Recognising the header row and what each header means. Headers are compared by `matchKey`, so
// width, brackets, spaces and case do not matter; a unit in brackets after an amount header is part
// of its meaning (申请金额（元） is in yuan).
import type { ColumnType, Message, MappedColumn, SheetGrid } from '../types';
import type { RulePack } from '../pack/schema';
import { matchKey } from '../text/normalise';
import { cellText, typedText } from './cell-text';
import { cellAt, columnLetter, gridBounds } from './grid';

interface HeaderMeaning {
  field: string;
  type: ColumnType;
  /** The unit the header itself states; amount headers without one are in 万元. */
  unit?: 'wan' | 'yuan';
}

interface HeaderWords {
  known: Map<string, HeaderMeaning>;
  /** matchKey of 校验结果 / 问题说明 in both languages → which output column. */
  output: Map<string, 'verdict' | 'notes'>;
}

const cache = new WeakMap<RulePack, HeaderWords>();

// "申请金额(万元)" → base 申请金额, inner 万元. Also a trailing unit without brackets: 申请金额/元.
const BRACKETED_TAIL = /^(.+?)\(([^()]*)\)$/;
const SLASHED_UNIT = /^(.+?)[/／](万元|万|元)$/;
// Marks people put on required headers: *申报单位, 申报单位※.
const REQUIRED_MARK = /^[*※★]+|[*※★]+$/g;

function unitOf(inner: string): 'wan' | 'yuan' | undefined {
  if (inner.includes('万') || inner.includes('10k')) return 'wan';
  if (inner.includes('元') || inner.includes('yuan')) return 'yuan';
  return undefined;
}

function headerWords(pack: RulePack): HeaderWords {
  const cached = cache.get(pack);
  if (cached) return cached;
  const known = new Map<string, HeaderMeaning>();
  const add = (name: string, meaning: HeaderMeaning) => {
    const key = matchKey(name);
    if (!known.has(key)) known.set(key, meaning);
  };
  for (const column of pack.columns) {
    for (const name of [column.header, ...column.aliases, column.en]) {
      const tail = BRACKETED_TAIL.exec(matchKey(name));
      const unit = column.type === 'amount' ? (tail ? unitOf(tail[2]) : undefined) ?? 'wan' : undefined;
      add(name, { field: column.key, type: column.type, unit });
    }
  }
  for (const figure of pack.figures) {
    for (const name of [figure.header, ...figure.aliases, figure.en]) add(name, { field: figure.key, type: 'number' });
  }
  const output = new Map<string, 'verdict' | 'notes'>();
  const [verdict, notes] = pack.labels.resultHeaders;
  for (const text of [verdict.zh, verdict.en]) output.set(matchKey(text), 'verdict');
  for (const text of [notes.zh, notes.en]) output.set(matchKey(text), 'notes');
  const words = { known, output };
  cache.set(pack, words);
  return words;
}

/** What a header means, or null. A bracketed or slashed tail is tried as a unit or a remark. */
export function headerMeaning(header: string, pack: RulePack): HeaderMeaning | null {
  const { known } = headerWords(pack);
  const key = matchKey(header).replace(REQUIRED_MARK, '');
  if (!key) return null;
  const exact = known.get(key);
  if (exact) return exact;
  const tail = BRACKETED_TAIL.exec(key) ?? SLASHED_UNIT.exec(key);
  if (!tail) return null;
  const base = known.get(tail[1]);
  if (!base) return null;
  return base.type === 'amount' ? { ...base, unit: unitOf(tail[2]) ?? base.unit } : base;
}

export function outputColumnOf(header: string, pack: RulePack): 'verdict' | 'notes' | null {
  return headerWords(pack).output.get(matchKey(header)) ?? null;
}

export interface ColumnMap {
  columns: MappedColumn[];
  unknownHeaders: { column: number; header: string }[];
  /** Shenbao's own output columns found on the header row (a re-run). */
  output: { verdict?: number; notes?: number };
  notices: Message[];
}

/** Map the header row's cells to fields. The first of repeated headers wins; later ones are noticed. */
export function mapColumns(grid: SheetGrid, headerRow: number, pack: RulePack): ColumnMap {
  const { firstCol, lastCol } = gridBounds(grid);
  const columns: MappedColumn[] = [];
  const unknownHeaders: ColumnMap['unknownHeaders'] = [];
  const output: ColumnMap['output'] = {};
  const notices: Message[] = [];
  const taken = new Map<string, MappedColumn>();
  // A 校验结果 that a merged area brings onto the header row (merged down from a title above, say) is
  // not ours: the merge's cells are the user's, and nothing may be written into them
  // (output-columns.ts). Such a column is left alone; a later one of ours is still found.
  const merged = (column: number) => (grid.merges ?? []).some((m) => m.top <= headerRow && headerRow <= m.bottom && m.left <= column && column <= m.right);
  for (let column = firstCol; column <= lastCol; column++) {
    const header = typedText(cellAt(grid, headerRow, column));
    if (!header) continue;
    const outputKind = outputColumnOf(header, pack);
    if (outputKind) {
      if (output[outputKind] === undefined && !merged(column)) output[outputKind] = column;
      continue;
    }
    const meaning = headerMeaning(header, pack);
    if (!meaning) {
      unknownHeaders.push({ column, header });
      continue;
    }
    const first = taken.get(meaning.field);
    if (first) {
      notices.push(duplicateNotice(grid.name, headerRow, first, column, header));
      continue;
    }
    const mapped: MappedColumn = { field: meaning.field, column, header, type: meaning.type };
    if (meaning.unit) mapped.unit = meaning.unit;
    columns.push(mapped);
    taken.set(meaning.field, mapped);
  }
  return { columns, unknownHeaders, output, notices };
}

function duplicateNotice(sheet: string, row: number, first: MappedColumn, column: number, header: string): Message {
  const here = `${columnLetter(column)}${row}`;
  const there = `${columnLetter(first.column)}${row}`;
  return {
    zh: `工作表“${sheet}”第${row}行的${columnLetter(column)}列“${header}”与${columnLetter(first.column)}列“${first.header}”重复：只读取${there}列，${here}列不读取。`,
    en: `Sheet "${sheet}", row ${row}: column ${columnLetter(column)} "${header}" repeats column ${columnLetter(first.column)} "${first.header}"; only column ${columnLetter(first.column)} is read.`,
  };
}

/** How many distinct known fields a row's cells name. */
function knownFieldsOnRow(grid: SheetGrid, row: number, pack: RulePack, firstCol: number, lastCol: number): Set<string> {
  const fields = new Set<string>();
  for (let column = firstCol; column <= lastCol; column++) {
    const text = cellText(cellAt(grid, row, column));
    if (!text) continue;
    const meaning = headerMeaning(text, pack);
    if (meaning) fields.add(meaning.field);
  }
  return fields;
}

/** The header row: the first of the grid's first 10 rows naming at least pack.minKnownHeaders known fields; null if none. */
export function findHeaderRow(grid: SheetGrid, pack: RulePack): number | null {
  const { firstRow, lastRow, firstCol, lastCol } = gridBounds(grid);
  for (let row = firstRow; row <= Math.min(lastRow, firstRow + 9); row++) {
    if (knownFieldsOnRow(grid, row, pack, firstCol, lastCol).size >= pack.minKnownHeaders) return row;
  }
  return null;
}

/** The known headers found on the best of the first 10 rows, for "no header row" messages. */
export function bestHeaderGuess(grid: SheetGrid, pack: RulePack): string[] {
  const { firstRow, lastRow, firstCol, lastCol } = gridBounds(grid);
  let best: string[] = [];
  for (let row = firstRow; row <= Math.min(lastRow, firstRow + 9); row++) {
    const found: string[] = [];
    const seen = new Set<string>();
    for (let column = firstCol; column <= lastCol; column++) {
      const text = typedText(cellAt(grid, row, column));
      const meaning = text ? headerMeaning(text, pack) : null;
      if (meaning && !seen.has(meaning.field)) {
        seen.add(meaning.field);
        found.push(text);
      }
    }
    if (found.length > best.length) best = found;
  }
  return best;
}
