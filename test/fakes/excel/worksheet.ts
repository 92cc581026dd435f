// Excel.Workbook, Excel.WorksheetCollection and Excel.Worksheet over the in-memory state.
import { boxAddress, parseBox, splitSheet } from './addresses';
import type { FakeRequestContext } from './context';
import { FakeExcelError } from './errors';
import { FakeSheet } from './model';
import { FakeProxy, LoadOption, loadedNames } from './proxy';
import { FakeRange } from './range';

type SheetLocator = () => FakeSheet | null;

/** Worksheet.protection (ExcelApi 1.2): whether the sheet is protected; the fake only reads it. */
export class FakeWorksheetProtection extends FakeProxy {
  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly locate: SheetLocator,
  ) {
    super(ctx, path);
  }

  protected snapshot(): Record<string, unknown> | null {
    const sheet = this.locate();
    return sheet ? { protected: sheet.protected } : null;
  }

  get protected(): boolean {
    return this.read('protected');
  }
}

export class FakeWorksheet extends FakeProxy {
  private protectionProxy: FakeWorksheetProtection | null = null;

  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly locate: SheetLocator,
  ) {
    super(ctx, path);
  }

  private found(): FakeSheet {
    const sheet = this.locate();
    if (!sheet) throw new FakeExcelError('ItemNotFound', `The requested resource doesn't exist (${this.path}).`);
    return sheet;
  }

  protected snapshot(names: string[] | undefined): Record<string, unknown> | null {
    const sheet = this.locate();
    if (!sheet) return null;
    const state = this.ctx.host.state;
    const all: Record<string, unknown> = {
      name: sheet.name,
      position: state.sheets.indexOf(sheet),
      visibility: 'Visible',
    };
    return names ? Object.fromEntries(names.map((n) => [n, all[n]])) : all;
  }

  get name(): string {
    return this.read('name');
  }
  get position(): number {
    return this.read('position');
  }

  get protection(): FakeWorksheetProtection {
    this.requireApi('1.2', 'Worksheet.protection');
    this.protectionProxy ??= new FakeWorksheetProtection(this.ctx, `${this.path}.protection`, this.locate);
    return this.protectionProxy;
  }

  getRange(address?: string): FakeRange {
    const local = address === undefined ? undefined : splitSheet(address).local;
    if (local !== undefined) parseBox(local); // a bad address fails at once, as in Excel
    return new FakeRange(this.ctx, `${this.path}.range(${address ?? ''})`, () => {
      const sheet = this.found();
      const box = local === undefined ? parseBox('A:XFD') : parseBox(local);
      return { sheet, box };
    });
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.getRange().getUsedRange(valuesOnly);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.requireApi('1.4', 'Worksheet.getUsedRangeOrNullObject');
    return this.getRange().getUsedRangeOrNullObject(valuesOnly);
  }

  activate(): void {
    this.queue({ call: 'activate' }, () => {
      const sheet = this.found();
      this.ctx.host.state.activeSheet = sheet.name;
      this.ctx.host.state.selection = { sheet: sheet.name, address: boxAddress({ top: 1, left: 1, bottom: 1, right: 1 }) };
    });
  }

  delete(): void {
    this.queue({ call: 'delete' }, () => {
      const sheet = this.found();
      const state = this.ctx.host.state;
      requireStructureUnprotected(state.structureProtected);
      if (state.sheets.length === 1) throw new FakeExcelError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      state.sheets.splice(state.sheets.indexOf(sheet), 1);
      if (state.activeSheet === sheet.name) state.activeSheet = state.sheets[0].name;
    });
  }

  get freezePanes(): { freezeRows(count: number): void; unfreeze(): void } {
    this.requireApi('1.7', 'Worksheet.freezePanes');
    return {
      freezeRows: (count: number) =>
        this.queue({ call: 'freezePanes.freezeRows', count }, () => {
          const sheet = this.found();
          sheet.requireWritable();
          sheet.frozenRows = count;
          sheet.frozenColumns = 0;
        }),
      unfreeze: () =>
        this.queue({ call: 'freezePanes.unfreeze' }, () => {
          const sheet = this.found();
          sheet.frozenRows = 0;
          sheet.frozenColumns = 0;
        }),
    };
  }
}

export class FakeWorksheetCollection extends FakeProxy {
  private itemProxies: FakeWorksheet[] = [];

  protected snapshot(): Record<string, unknown> {
    return {};
  }

  /** `load('items/name')`, `load('name')` or `load()`: the items and their names and positions. */
  load(option?: LoadOption): this {
    this.ctx.enqueue({ load: this.path, select: loadedNames(option) }, (respond) => {
      const state = this.ctx.host.state;
      const sheets = [...state.sheets];
      const snapshots = sheets.map((sheet, position) => ({ name: sheet.name, position }));
      respond({ items: snapshots }, () => {
        this.itemProxies = sheets.map((sheet, i) => {
          const proxy = new FakeWorksheet(this.ctx, `worksheets[${sheet.name}]`, () => (state.sheets.includes(sheet) ? sheet : null));
          proxy.accept(snapshots[i]);
          return proxy;
        });
        this.accept({ items: true });
      });
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    this.read('items');
    return this.itemProxies;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, `worksheets.getItem(${name})`, () => this.byName(name) ?? this.missing(name));
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    this.requireApi('1.4', 'WorksheetCollection.getItemOrNullObject');
    return new FakeWorksheet(this.ctx, `worksheets.getItemOrNullObject(${name})`, () => this.byName(name));
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, 'worksheets.getActiveWorksheet()', () => this.byName(this.ctx.host.state.activeSheet));
  }

  add(name: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.queue({ call: 'add', name }, () => {
      const state = this.ctx.host.state;
      requireStructureUnprotected(state.structureProtected);
      if (this.byName(name)) throw new FakeExcelError('ItemAlreadyExists', `A resource with the same name or identifier already exists (${name}).`);
      if (!/^[^\\/?*[\]:]{1,31}$/.test(name) || name.startsWith("'"))
        throw new FakeExcelError('InvalidArgument', `The sheet name ${name} is not valid.`);
      created = new FakeSheet(name);
      state.sheets.push(created);
    });
    return new FakeWorksheet(this.ctx, `worksheets.add(${name})`, () => created);
  }

  private byName(name: string): FakeSheet | null {
    // Excel compares sheet names without regard to case.
    return this.ctx.host.state.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  private missing(name: string): never {
    throw new FakeExcelError('ItemNotFound', `The requested resource doesn't exist (worksheet ${name}).`);
  }
}

export class FakeApplication {
  constructor(private readonly ctx: FakeRequestContext) {}

  suspendApiCalculationUntilNextSync(): void {
    this.ctx.host.requireApi('1.6', 'Application.suspendApiCalculationUntilNextSync');
    this.ctx.enqueue({ target: 'application', call: 'suspendApiCalculationUntilNextSync' }, (respond) => {
      this.ctx.calculationSuspended = true;
      respond(undefined, () => undefined);
    });
  }
}

function requireStructureUnprotected(structureProtected: boolean | undefined): void {
  if (structureProtected) throw new FakeExcelError('AccessDenied', 'You cannot perform the requested operation.', 'The workbook structure is protected');
}

/** Workbook.protection (ExcelApi 1.7): whether the structure is protected; the fake only reads it. */
export class FakeWorkbookProtection extends FakeProxy {
  protected snapshot(): Record<string, unknown> {
    return { protected: this.ctx.host.state.structureProtected ?? false };
  }

  get protected(): boolean {
    return this.read('protected');
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly application: FakeApplication;
  private protectionProxy: FakeWorkbookProtection | null = null;

  constructor(private readonly ctx: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(ctx, 'worksheets');
    this.application = new FakeApplication(ctx);
  }

  get protection(): FakeWorkbookProtection {
    this.ctx.host.requireApi('1.7', 'Workbook.protection');
    this.protectionProxy ??= new FakeWorkbookProtection(this.ctx, 'workbook.protection');
    return this.protectionProxy;
  }
}
