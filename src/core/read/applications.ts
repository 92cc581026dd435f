// The data rows as applications. Cells are read row by row (a row's cells sit together in memory)
// into columns, and a row's `fields` is a view onto those columns rather than an object of 39 slots
// per row. A column holds a 2-byte code per cell into the fields its cells share, plus the fields
// no other cell shares (unreadable cells, text to trim) and, for free text (project names), the
// cell's string: on 100,000 rows, no 3.9 million pointers for the garbage collector to follow.
import type { RulePack } from '../pack/schema';
import type { Application, CellValue, MappedColumn, ReadField, SheetGrid } from '../types';
import { columnCoder, type ColumnCoder } from './column-reader';

const NO_CELLS: CellValue[] = [];

/** A row's place in the columns, and the check's columns; symbols, so no column key can collide with them. */
const ROW_INDEX = Symbol('row index');
const COLUMNS = Symbol('columns');
type RowFields = Record<string, ReadField> & { [ROW_INDEX]: number; [COLUMNS]: Columns };

/** The code of a cell whose field is its own, kept in `own` (see ColumnCoder). */
const OWN = 0xffff;

/**
 * One column of fields: per row a code into `dict`, or OWN and in `own` the field, or the cell's
 * string when its field is made when asked for (free text, ColumnCoder).
 */
interface FieldColumn {
  codes: Uint16Array;
  dict: ReadField[];
  own: (ReadField | string)[] | null;
  textField: (text: string) => ReadField;
}

/** One check's columns: read already, or read when first asked for (序号 and 备注 are read by no rule). */
class Columns {
  constructor(
    readonly columns: (FieldColumn | null)[],
    private readonly readLater: ((() => FieldColumn) | null)[],
    /** Each column's place in `columns`, by field key. */
    readonly byKey: ReadonlyMap<string, number>,
    /** The prototype of a row's `fields` view (fieldsPrototype). */
    readonly prototype: object,
  ) {}

  field(c: number, index: number): ReadField {
    const kept = this.kept(c, index);
    return typeof kept === 'string' ? this.columns[c]!.textField(kept) : kept;
  }

  /** Whether the cell holds anything, readable or not; no field is made for free text. */
  filled(c: number, index: number): boolean {
    const kept = this.kept(c, index);
    return typeof kept === 'string' || holdsAnything(kept);
  }

  /** The cell's text when it is filled and readable, else null; no field is made for free text. */
  filledText(c: number, index: number): string | null {
    const kept = this.kept(c, index);
    return typeof kept === 'string' ? kept : readableText(kept);
  }

  /** What column c keeps for row `index`: its field, or the string of a free-text cell. */
  private kept(c: number, index: number): ReadField | string {
    const column = this.columns[c] ?? this.read(c);
    const code = column.codes[index];
    return code === OWN ? column.own![index] : column.dict[code];
  }

  read(c: number): FieldColumn {
    const column = this.readLater[c]!();
    this.columns[c] = column;
    return column;
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
 * a session.
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
      return this[COLUMNS].field(c, this[ROW_INDEX]);
    };
    Object.defineProperty(made, key, { get, enumerable: true });
  });
  prototype = Object.freeze(made);
  if (prototypes.size >= PROTOTYPES_KEPT) prototypes.delete(prototypes.keys().next().value!);
  prototypes.set(id, prototype);
  return prototype;
}

/** An empty column of `count` cells for `coder`'s fields; codes start at 0, the empty cell. */
function fieldColumn(coder: ColumnCoder, count: number): FieldColumn {
  return { codes: new Uint16Array(count), dict: coder.dict, own: null, textField: coder.textField };
}

/** Puts what the coder gave for row `i` into the column: its code, or OWN and the field or string itself. */
function keep(column: FieldColumn, i: number, got: number | ReadField | string): void {
  if (typeof got === 'number') {
    column.codes[i] = got;
    return;
  }
  column.codes[i] = OWN;
  (column.own ??= new Array<ReadField | string>(column.codes.length))[i] = got;
}

/** A column read later, once, when a row's field in it is first asked for. */
function later(cells: CellValue[][], index: number, coder: ColumnCoder): () => FieldColumn {
  return () => {
    const column = fieldColumn(coder, cells.length);
    for (let i = 0; i < cells.length; i++) keep(column, i, coder.code(cells[i][index]));
    return column;
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
  const values: (FieldColumn | null)[] = new Array(columns.length);
  const readLater: ((() => FieldColumn) | null)[] = new Array(columns.length);
  const now: { coder: ColumnCoder; index: number; column: FieldColumn }[] = [];
  columns.forEach((mapped, c) => {
    const coder = columnCoder(mapped, pack);
    const index = mapped.column - firstCol;
    if (mapped.type === 'ignored') {
      values[c] = null;
      readLater[c] = later(cells, index, coder);
      return;
    }
    const column = fieldColumn(coder, count);
    now.push({ coder, index, column });
    values[c] = column;
    readLater[c] = null;
  });

  // Only fields of their own can be unreadable: shared ones never carry an error (ColumnCoder).
  const unreadable = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const row = cells[i];
    for (let c = 0; c < now.length; c++) {
      const { coder, index, column } = now[c];
      const got = coder.code(row[index]);
      keep(column, i, got);
      if (typeof got === 'object' && got.error !== undefined) unreadable[i] = 1;
    }
  }

  const store = new Columns(values, readLater, new Map(columns.map((mapped, c) => [mapped.field, c])), fieldsPrototype(columns.map((c) => c.field)));
  const applications: Application[] = new Array(count);
  for (let i = 0; i < count; i++) applications[i] = new ReadRow(dataRows[i], unreadable[i] === 1, i, store);
  return applications;
}

/**
 * A row as the reader hands it: its place in the check's columns. Its `fields` view is made when
 * first asked for: the rules read through fieldOf, so on 100,000 rows no 100,000 views live
 * through the check for the garbage collector to copy. Not to be spread or copied: `fields` is a
 * getter, and a copy has none.
 */
class ReadRow implements Application {
  // Not a #private field: compiled for ES2020 (the pane, the command line), that is a WeakMap
  // entry per row.
  private view: RowFields | null = null;

  constructor(
    readonly row: number,
    readonly hasUnreadable: boolean,
    /** The row's place in the columns. */
    readonly index: number,
    readonly columns: Columns,
  ) {}

  get fields(): Record<string, ReadField> {
    if (this.view === null) {
      const fields = Object.create(this.columns.prototype) as RowFields;
      fields[ROW_INDEX] = this.index;
      fields[COLUMNS] = this.columns;
      this.view = fields;
    }
    return this.view;
  }
}

/**
 * `app.fields[key]`, faster for the reader's rows: a key held in a variable (as the rules' helpers
 * hold it) made the engine look the key up on the row and call its getter, about 3 million times
 * a check of 100,000 rows; here it is one map lookup, and no view is made. Any other record
 * (hand-built applications) is read by key.
 */
export function fieldOf(app: Application, key: string): ReadField | undefined {
  if (!(app instanceof ReadRow)) return app.fields[key];
  const c = app.columns.byKey.get(key);
  return c === undefined ? undefined : app.columns.field(c, app.index);
}

/**
 * The text of `app`'s cell in column `key` when it is filled and readable, else null (no column,
 * blank, unreadable), without making a field for a project name: how the rules read text.
 */
export function filledTextOf(app: Application, key: string): string | null {
  if (!(app instanceof ReadRow)) {
    const field = app.fields[key];
    return field ? readableText(field) : null;
  }
  const c = app.columns.byKey.get(key);
  return c === undefined ? null : app.columns.filledText(c, app.index);
}

/** Whether `app` has column `key` and its cell holds anything, readable or not. */
export function isFilled(app: Application, key: string): boolean {
  if (!(app instanceof ReadRow)) {
    const field = app.fields[key];
    return field ? holdsAnything(field) : false;
  }
  const c = app.columns.byKey.get(key);
  return c !== undefined && app.columns.filled(c, app.index);
}

/** A field's text when it is filled and readable, else null. */
function readableText(field: ReadField): string | null {
  return field.blank || field.error ? null : field.text;
}

/** Whether a field's cell holds anything, readable or not. */
function holdsAnything(field: ReadField): boolean {
  return field.error !== undefined || !field.blank;
}

/** A column's codes as `cellCodes` gives them: OWN_CODE marks a field of the cell's own. */
export const OWN_CODE = OWN;

/**
 * The cells of `apps` as codes, for rules remembered by the cells they read (rules/memo.ts): two
 * cells with one code read alike. Null unless every row is the reader's view of one sheet.
 */
export interface CellCodes {
  /** The row's place in the columns. */
  rowIndex(app: Application): number;
  /** A column's codes and how many codes it hands out (below OWN_CODE); null when the sheet lacks it. */
  column(key: string): { codes: Uint16Array; size: number } | null;
}

export function cellCodes(apps: readonly Application[]): CellCodes | null {
  const first = apps[0];
  if (!(first instanceof ReadRow)) return null;
  const store = first.columns;
  for (let i = 0; i < apps.length; i++) {
    const app = apps[i];
    if (!(app instanceof ReadRow) || app.columns !== store) return null;
  }
  return {
    rowIndex: (app) => (app as ReadRow).index,
    column(key) {
      const c = store.byKey.get(key);
      if (c === undefined) return null;
      const column = store.columns[c] ?? store.read(c);
      return { codes: column.codes, size: column.dict.length };
    },
  };
}
