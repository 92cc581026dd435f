// The in-memory workbook behind the fake host: sheets of cells with values, formulas, formats,
// fills, hyperlinks, merges and frozen panes. Writes follow Excel's rules for what a value becomes
// (a `=` text is a formula unless the cell is formatted as text, `'` marks text, numeric text in a
// General cell becomes a number, `null` leaves a cell alone).
import { Box, MAX_COLUMNS, MAX_ROWS, intersect } from './addresses';
import { FakeExcelError } from './errors';

/** Excel's most characters in one cell. */
export const MAX_CELL_CHARS = 32_767;

export type ScalarValue = string | number | boolean;

export interface FakeHyperlink {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export interface FakeCell {
  /** What Excel shows as the value: '' when empty. */
  value: ScalarValue;
  formula?: string;
  /** Set for error cells such as `#N/A`; `value` then holds the same text. */
  error?: string;
  /** True when the value was entered with a leading apostrophe. */
  quotePrefix?: boolean;
  numberFormat?: string;
  fill?: string;
  bold?: boolean;
  wrap?: boolean;
  hyperlink?: FakeHyperlink;
}

/** What a spec may put in a cell. */
export type CellSpec = ScalarValue | null | { error: string } | { formula: string; value: ScalarValue };

export class FakeSheet {
  readonly cells = new Map<number, Map<number, FakeCell>>();
  frozenRows = 0;
  frozenColumns = 0;
  readonly columnWidths = new Map<number, number>();
  /** Columns the user hid (Range.columnHidden). */
  readonly hiddenColumns = new Set<number>();
  merges: Box[] = [];
  /** Protected with Review > Protect Sheet: Excel refuses every change to its cells. */
  protected = false;
  /** Data validation rules as set, with the box they cover (last one wins where they overlap). */
  readonly validations: { box: Box; rule: unknown }[] = [];

  constructor(public name: string) {}

  cell(row: number, column: number): FakeCell | undefined {
    return this.cells.get(row)?.get(column);
  }

  /** The cell, created empty when missing (for writes). */
  touch(row: number, column: number): FakeCell {
    let line = this.cells.get(row);
    if (!line) this.cells.set(row, (line = new Map()));
    let cell = line.get(column);
    if (!cell) line.set(column, (cell = { value: '' }));
    return cell;
  }

  forEach(box: Box, visit: (cell: FakeCell, row: number, column: number) => void): void {
    for (const [row, line] of this.cells) {
      if (row < box.top || row > box.bottom) continue;
      for (const [column, cell] of line) if (column >= box.left && column <= box.right) visit(cell, row, column);
    }
  }

  /** Excel's used range: cells with a value (valuesOnly) or also formatted ones. */
  usedBox(valuesOnly: boolean, within?: Box): Box | null {
    let box: Box | null = null;
    const whole: Box = within ?? { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS };
    this.forEach(whole, (cell, row, column) => {
      const used = hasValue(cell) || (!valuesOnly && hasFormat(cell));
      if (!used) return;
      box = box
        ? { top: Math.min(box.top, row), left: Math.min(box.left, column), bottom: Math.max(box.bottom, row), right: Math.max(box.right, column) }
        : { top: row, left: column, bottom: row, right: column };
    });
    return box;
  }

  /** Excel refuses a change to a protected sheet's (locked) cells with AccessDenied. */
  requireWritable(): void {
    if (this.protected) throw new FakeExcelError('AccessDenied', 'You cannot perform the requested operation.', `Worksheet ${this.name} is protected`);
  }

  mergesIn(box: Box): Box[] {
    return this.merges.filter((m) => intersect(m, box) !== null);
  }
}

export function hasValue(cell: FakeCell): boolean {
  return cell.value !== '' || cell.formula !== undefined;
}

function hasFormat(cell: FakeCell): boolean {
  return Boolean(cell.fill || cell.bold || cell.wrap || cell.hyperlink || (cell.numberFormat && cell.numberFormat !== 'General'));
}

export function valueType(cell: FakeCell | undefined): 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error' {
  if (!cell || !hasValue(cell)) return 'Empty';
  if (cell.error) return 'Error';
  if (typeof cell.value === 'number') return 'Double';
  if (typeof cell.value === 'boolean') return 'Boolean';
  return 'String';
}

/** Apply one value written through `range.values`, as Excel would. */
export function writeValue(cell: FakeCell, input: unknown): void {
  if (input === null || input === undefined) return;
  delete cell.formula;
  delete cell.error;
  delete cell.quotePrefix;
  if (typeof input === 'number' || typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  const text = String(input);
  if (text.length > MAX_CELL_CHARS) throw new FakeExcelError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.', `text of ${text.length} characters`);
  if (cell.numberFormat === '@') {
    cell.value = text;
  } else if (text.startsWith("'")) {
    cell.value = text.slice(1);
    cell.quotePrefix = true;
  } else if (text.startsWith('=') && text.length > 1) {
    // The fake does not evaluate formulas; what matters is that a formula was created.
    cell.formula = text;
    cell.value = 0;
  } else if (text.trim() !== '' && /^[+-]?\d+(\.\d+)?$/.test(text.trim())) {
    cell.value = Number(text);
  } else {
    cell.value = text;
  }
}

/** Put a spec's cell into a sheet without Excel's input rules (it is how the file already was). */
export function seedCell(cell: FakeCell, spec: CellSpec): void {
  if (spec === null) return;
  if (typeof spec === 'object') {
    if ('error' in spec) {
      cell.value = spec.error;
      cell.error = spec.error;
    } else {
      cell.formula = spec.formula;
      cell.value = spec.value;
    }
    return;
  }
  cell.value = spec;
}
