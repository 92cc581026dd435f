// The data rows as applications. Cells are read row by row (a row's cells sit together in memory)
// into one array per column, and a row's `fields` is a view onto those columns rather than an
// object of 39 slots per row: on 100,000 rows that saves 3.9 million stores into fresh objects and
// the garbage collection of them.
import type { RulePack } from '../pack/schema';
import type { Application, CellValue, MappedColumn, ReadField, SheetGrid } from '../types';
import { columnReader, type ColumnReader } from './column-reader';

const NO_CELLS: CellValue[] = [];

/** A row's place in the columns, and the check's columns; symbols, so no column key can collide with them. */
const ROW_INDEX = Symbol('row index');
const COLUMNS = Symbol('columns');
type RowFields = Record<string, ReadField> & { [ROW_INDEX]: number; [COLUMNS]: Columns };

/** One check's columns of fields: read already, or read when first asked for (序号 and 备注 are read by no rule). */
class Columns {
  constructor(
    readonly fields: (ReadField[] | null)[],
    private readonly readLater: ((() => ReadField[]) | null)[],
  ) {}

  read(c: number): ReadField[] {
    const fields = this.readLater[c]!();
    this.fields[c] = fields;
    return fields;
  }
}

/**
 * The prototype of every row's `fields`: one enumerable getter per column, reading the row's slot
 * of that column. `fields.unit` and `fields[key]` work as on a plain record, and a column the sheet
 * lacks is undefined; there are no enumerable own keys (Object.keys gives []), which no reader of
 * fields needs.
 *
 * One prototype per list of column keys, kept across checks: a fresh one per check gave every row
 * a new hidden class, and the engine threw away its compiled rules on each of the first checks of
 * a session (100,000 rows took 0.9–1.0 s on checks 2–5 instead of 0.6 s).
 */
const prototypes = new Map<string, object>();
// A session sees a few sheet layouts; past this many, the oldest are forgotten.
const PROTOTYPES_KEPT = 32;

function fieldsPrototype(keys: string[]): object {
  const id = keys.join('\n');
  let prototype = prototypes.get(id);
  if (prototype !== undefined) return prototype;
  const made = {};
  keys.forEach((key, c) => {
    const get = function (this: RowFields) {
      const columns = this[COLUMNS];
      return (columns.fields[c] ?? columns.read(c))[this[ROW_INDEX]];
    };
    Object.defineProperty(made, key, { get, enumerable: true });
  });
  prototype = Object.freeze(made);
  if (prototypes.size >= PROTOTYPES_KEPT) prototypes.delete(prototypes.keys().next().value!);
  prototypes.set(id, prototype);
  return prototype;
}

/** A column read later, once, when a row's field in it is first asked for. */
function later(cells: CellValue[][], index: number, read: ColumnReader): () => ReadField[] {
  return () => {
    const fields = new Array<ReadField>(cells.length);
    for (let i = 0; i < cells.length; i++) fields[i] = read(cells[i][index]);
    return fields;
  };
}

/** Each data row's cells, every column read by its reader compiled once for the sheet. */
export function readApplications(grid: SheetGrid, dataRows: number[], columns: MappedColumn[], pack: RulePack): Application[] {
  // Not gridBounds: its width walks every row, and only the origin is needed here.
  const firstRow = grid.firstRow ?? 1;
  const firstCol = grid.firstCol ?? 1;
  const count = dataRows.length;
  const cells: CellValue[][] = new Array(count);
  for (let i = 0; i < count; i++) cells[i] = grid.rows[dataRows[i] - firstRow] ?? NO_CELLS;

  // Ignored columns are never judged, so they cannot make a row unreadable: they wait until asked for.
  const values: (ReadField[] | null)[] = new Array(columns.length);
  const readLater: ((() => ReadField[]) | null)[] = new Array(columns.length);
  const now: { reader: ColumnReader; index: number; fields: ReadField[] }[] = [];
  columns.forEach((column, c) => {
    const reader = columnReader(column, pack);
    const index = column.column - firstCol;
    if (column.type === 'ignored') {
      values[c] = null;
      readLater[c] = later(cells, index, reader);
      return;
    }
    const fields = new Array<ReadField>(count);
    now.push({ reader, index, fields });
    values[c] = fields;
    readLater[c] = null;
  });

  const unreadable = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const row = cells[i];
    for (let c = 0; c < now.length; c++) {
      const column = now[c];
      const field = column.reader(row[column.index]);
      column.fields[i] = field;
      if (field.error !== undefined) unreadable[i] = 1;
    }
  }

  const store = new Columns(values, readLater);
  const prototype = fieldsPrototype(columns.map((c) => c.field));
  const applications: Application[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const fields = Object.create(prototype) as RowFields;
    fields[ROW_INDEX] = i;
    fields[COLUMNS] = store;
    applications[i] = { row: dataRows[i], fields, hasUnreadable: unreadable[i] === 1 };
  }
  return applications;
}
