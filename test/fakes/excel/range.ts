// Excel.Range: values, types, formulas and formats in and out, used ranges, merged areas,
// hyperlinks, validation, clearing and selecting.
import { Box, boxAddress, cellCount, intersect, parseBox, quoteSheet } from './addresses';
import type { FakeRequestContext } from './context';
import { FakeExcelError } from './errors';
import { FakeCell, FakeHyperlink, FakeSheet, valueType, writeValue } from './model';
import { FakeProxy } from './proxy';
import { FakeRangeAreas } from './range-areas';
import { FakeRangeFormat } from './range-format';

/** Where a range is, found at sync time. Null: a null object. */
export type RangeLocator = () => { sheet: FakeSheet; box: Box } | null;

function grid<T>(box: Box, sheet: FakeSheet, pick: (cell: FakeCell | undefined) => T): T[][] {
  const rows: T[][] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    const line = sheet.cells.get(r);
    const row: T[] = [];
    for (let c = box.left; c <= box.right; c++) row.push(pick(line?.get(c)));
    rows.push(row);
  }
  return rows;
}

/** A 2-D array must match the range; a single value applies to every cell. */
function cellInput(box: Box, input: unknown, what: string): (row: number, column: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const rows = box.bottom - box.top + 1;
  const columns = box.right - box.left + 1;
  const fits = input.length === rows && input.every((line) => Array.isArray(line) && line.length === columns);
  if (!fits) throw new FakeExcelError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`);
  return (row, column) => (input as unknown[][])[row - box.top][column - box.left];
}

export class FakeRange extends FakeProxy {
  readonly format: FakeRangeFormat;

  constructor(
    ctx: FakeRequestContext,
    path: string,
    readonly locate: RangeLocator,
  ) {
    super(ctx, path);
    this.format = new FakeRangeFormat(ctx, `${path}.format`, () => this.found());
  }

  /** The range, or ItemNotFound when it is a null object used as a real one. */
  found(): { sheet: FakeSheet; box: Box } {
    const at = this.locate();
    if (!at) throw new FakeExcelError('ItemNotFound', `The requested resource doesn't exist (${this.path}).`);
    return at;
  }

  protected snapshot(names: string[] | undefined): Record<string, unknown> | null {
    const at = this.locate();
    if (!at) return null;
    const { sheet, box } = at;
    const wanted = names ?? ['address', 'values', 'valueTypes', 'formulas', 'numberFormat', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex'];
    const cellData = wanted.some((n) => ['values', 'valueTypes', 'formulas', 'numberFormat', 'text'].includes(n));
    if (cellData) this.ctx.host.checkCellCount(cellCount(box));
    const out: Record<string, unknown> = {};
    for (const name of wanted) {
      switch (name) {
        case 'address':
          out.address = `${quoteSheet(sheet.name)}!${boxAddress(box)}`;
          break;
        case 'rowCount':
          out.rowCount = box.bottom - box.top + 1;
          break;
        case 'columnCount':
          out.columnCount = box.right - box.left + 1;
          break;
        case 'rowIndex':
          out.rowIndex = box.top - 1;
          break;
        case 'columnIndex':
          out.columnIndex = box.left - 1;
          break;
        case 'values':
          out.values = grid(box, sheet, (cell) => cell?.value ?? '');
          break;
        case 'text':
          out.text = grid(box, sheet, (cell) => String(cell?.value ?? ''));
          break;
        case 'valueTypes':
          out.valueTypes = grid(box, sheet, valueType);
          break;
        case 'formulas':
          out.formulas = grid(box, sheet, (cell) => cell?.formula ?? cell?.value ?? '');
          break;
        case 'numberFormat':
          out.numberFormat = grid(box, sheet, (cell) => cell?.numberFormat ?? 'General');
          break;
        case 'hyperlink':
          out.hyperlink = sheet.cell(box.top, box.left)?.hyperlink ?? null;
          break;
        case 'columnHidden':
          out.columnHidden = Array.from({ length: box.right - box.left + 1 }, (_, i) => box.left + i).every((c) => sheet.hiddenColumns.has(c));
          break;
        default:
          throw new FakeExcelError('InvalidArgument', `The fake host does not know the Range property '${name}'.`);
      }
    }
    return out;
  }

  get address(): string {
    return this.read('address');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  set values(input: unknown[][]) {
    this.queue({ set: 'values', value: input }, () => {
      const { sheet, box } = this.found();
      sheet.requireWritable();
      const at = cellInput(box, input, 'values');
      for (let r = box.top; r <= box.bottom; r++)
        for (let c = box.left; c <= box.right; c++) {
          const v = at(r, c);
          if (v !== null && v !== undefined) writeValue(sheet.touch(r, c), v);
        }
    });
  }
  get valueTypes(): string[][] {
    return this.read('valueTypes');
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  get text(): string[][] {
    return this.read('text');
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  set numberFormat(input: unknown) {
    this.queue({ set: 'numberFormat', value: input }, () => {
      const { sheet, box } = this.found();
      sheet.requireWritable();
      const at = cellInput(box, input, 'numberFormat');
      for (let r = box.top; r <= box.bottom; r++)
        for (let c = box.left; c <= box.right; c++) {
          const v = at(r, c);
          if (v !== null && v !== undefined) sheet.touch(r, c).numberFormat = String(v);
        }
    });
  }
  /** Whether every column of the range is hidden (ExcelApi 1.2); setting it hides or shows them all. */
  get columnHidden(): boolean {
    return this.read('columnHidden');
  }
  set columnHidden(hidden: boolean) {
    this.requireApi('1.2', 'Range.columnHidden');
    this.queue({ set: 'columnHidden', value: hidden }, () => {
      const { sheet, box } = this.found();
      sheet.requireWritable();
      for (let c = box.left; c <= box.right; c++) {
        if (hidden) sheet.hiddenColumns.add(c);
        else sheet.hiddenColumns.delete(c);
      }
    });
  }

  get hyperlink(): FakeHyperlink | null {
    return this.read('hyperlink');
  }
  set hyperlink(link: FakeHyperlink | null) {
    this.requireApi('1.7', 'Range.hyperlink');
    this.queue({ set: 'hyperlink', value: link }, () => {
      const { sheet, box } = this.found();
      sheet.requireWritable();
      for (let r = box.top; r <= box.bottom; r++)
        for (let c = box.left; c <= box.right; c++) {
          const cell = sheet.touch(r, c);
          if (!link) delete cell.hyperlink;
          else {
            cell.hyperlink = { ...link };
            if (link.textToDisplay !== undefined) writeValue(cell, link.textToDisplay);
          }
        }
    });
  }

  /** Data validation (ExcelApi 1.8): only setting a rule is supported. */
  get dataValidation(): { rule: unknown } {
    this.requireApi('1.8', 'Range.dataValidation');
    const queue = (describe: Record<string, unknown>, apply: () => void) => this.queue(describe, apply);
    const found = () => this.found();
    return {
      set rule(rule: unknown) {
        queue({ set: 'dataValidation.rule', value: rule }, () => {
          const { sheet, box } = found();
          sheet.requireWritable();
          sheet.validations.push({ box, rule });
        });
      },
      get rule(): unknown {
        throw new FakeExcelError('PropertyNotLoaded', "The property 'rule' is not available; the fake host only writes validation rules.");
      },
    };
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.usedRange(valuesOnly, false);
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.requireApi('1.4', 'Range.getUsedRangeOrNullObject');
    return this.usedRange(valuesOnly, true);
  }
  private usedRange(valuesOnly: boolean | undefined, orNull: boolean): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.usedRange`, () => {
      const at = this.locate();
      const box = at ? at.sheet.usedBox(Boolean(valuesOnly), at.box) : null;
      if (at && box) return { sheet: at.sheet, box };
      if (orNull) return null;
      if (!at) throw new FakeExcelError('ItemNotFound', `The requested resource doesn't exist (${this.path}).`);
      return { sheet: at.sheet, box: { top: at.box.top, left: at.box.left, bottom: at.box.top, right: at.box.left } };
    });
  }

  getIntersectionOrNullObject(other: string): FakeRange {
    this.requireApi('1.4', 'Range.getIntersectionOrNullObject');
    return new FakeRange(this.ctx, `${this.path}.intersection(${other})`, () => {
      const at = this.locate();
      const box = at ? intersect(at.box, parseBox(other)) : null;
      return at && box ? { sheet: at.sheet, box } : null;
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.requireApi('1.13', 'Range.getMergedAreasOrNullObject');
    return new FakeRangeAreas(this.ctx, `${this.path}.mergedAreas`, () => {
      const at = this.locate();
      if (!at) return null;
      const merges = at.sheet.mergesIn(at.box);
      return merges.length ? { sheet: at.sheet, boxes: merges } : null;
    });
  }

  clear(applyTo: 'All' | 'Formats' | 'Contents' | 'Hyperlinks' = 'All'): void {
    this.queue({ call: 'clear', applyTo }, () => {
      const { sheet, box } = this.found();
      sheet.requireWritable();
      sheet.forEach(box, (cell) => {
        if (applyTo === 'All' || applyTo === 'Contents') {
          cell.value = '';
          delete cell.formula;
          delete cell.error;
        }
        if (applyTo === 'All' || applyTo === 'Formats') {
          delete cell.fill;
          delete cell.bold;
          delete cell.wrap;
          delete cell.numberFormat;
        }
        if (applyTo === 'All' || applyTo === 'Hyperlinks') delete cell.hyperlink;
      });
    });
  }

  select(): void {
    this.queue({ call: 'select' }, () => {
      const { sheet, box } = this.found();
      this.ctx.host.state.activeSheet = sheet.name;
      this.ctx.host.state.selection = { sheet: sheet.name, address: boxAddress(box) };
    });
  }
}
