// Excel.RangeFormat: fill colour (and clearing it), bold, wrap text and column width, applied to
// every cell (or column) of the range on sync. The fake only writes these; reading them throws.
import type { Box } from './addresses';
import type { FakeRequestContext } from './context';
import { FakeExcelError } from './errors';
import type { FakeCell, FakeSheet } from './model';

export class FakeRangeFormat {
  readonly fill: { color: string; clear(): void };
  readonly font: { bold: boolean };

  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly path: string,
    private readonly found: () => { sheet: FakeSheet; box: Box },
  ) {
    const each = (visit: (cell: FakeCell) => void) => () => {
      const { sheet, box } = this.found();
      sheet.requireWritable();
      for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) visit(sheet.touch(r, c));
    };
    const set = (prop: string, value: unknown, visit: (cell: FakeCell) => void) =>
      this.ctx.enqueue({ target: this.path, set: prop, value }, (respond) => {
        each(visit)();
        respond(undefined, () => undefined);
      });
    this.fill = {
      set color(color: string) {
        set('fill.color', color, (cell) => (cell.fill = color.toUpperCase()));
      },
      get color(): string {
        throw new FakeExcelError('PropertyNotLoaded', "The property 'color' is not available; the fake host only writes fills.");
      },
      clear: () => set('fill.clear', null, (cell) => delete cell.fill),
    };
    this.font = {
      set bold(bold: boolean) {
        set('font.bold', bold, (cell) => (cell.bold = bold));
      },
      get bold(): boolean {
        throw new FakeExcelError('PropertyNotLoaded', "The property 'bold' is not available; the fake host only writes fonts.");
      },
    };
    Object.defineProperty(this, 'wrapText', {
      set: (wrap: boolean) => set('wrapText', wrap, (cell) => (cell.wrap = wrap)),
    });
    Object.defineProperty(this, 'columnWidth', {
      set: (width: number) =>
        this.ctx.enqueue({ target: this.path, set: 'columnWidth', value: width }, (respond) => {
          const { sheet, box } = this.found();
          sheet.requireWritable();
          for (let c = box.left; c <= box.right; c++) sheet.columnWidths.set(c, width);
          respond(undefined, () => undefined);
        }),
    });
  }

  declare wrapText: boolean;
  declare columnWidth: number;
}
