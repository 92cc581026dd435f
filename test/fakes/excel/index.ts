// The fake Excel host: an in-memory workbook behind the subset of Office.js the add-in uses, with
// Excel on the web's payload and cell limits and a chosen ExcelApi level, so tests (node and jsdom)
// and the browser end-to-end run can drive the real adapter and then look at the workbook.
//
//   const fake = createFakeExcel({ sheets: [{ name: '申报汇总', rows }], apiLevel: '1.4' });
//   const uninstall = installFakeOffice(globalThis, fake);
//   … run the add-in …; fake.values('申报汇总', 'A1:C3'); fake.host.syncs; uninstall();
import { Box, boxAddress, parseBox, splitSheet } from './addresses';
import { EXCEL_WEB_CELL_LIMIT, EXCEL_WEB_PAYLOAD_LIMIT, FakeExcelHost, FakeRequestContext } from './context';
import { CellSpec, FakeCell, FakeSheet, seedCell } from './model';
import { createFakeOffice } from './office';

export type { CellSpec, FakeCell } from './model';
export type { SyncRecord } from './context';
export { FakeExcelError } from './errors';
export { EXCEL_WEB_CELL_LIMIT, EXCEL_WEB_PAYLOAD_LIMIT } from './context';

export const API_LEVELS = ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10', '1.11', '1.12', '1.13'] as const;
export type ApiLevel = (typeof API_LEVELS)[number];

export interface FakeSheetSpec {
  name: string;
  /** rows[i][j] is the cell at row firstRow + i, column firstCol + j. */
  rows?: CellSpec[][];
  firstRow?: number;
  firstCol?: number;
  /** Merged areas as local addresses, e.g. `B3:B4`. */
  merges?: string[];
  /** Number formats by local address, e.g. { 'G3:G20': 'yyyy-mm-dd' }. */
  numberFormats?: Record<string, string>;
  /** Protected (Review > Protect Sheet): writes to its cells fail with AccessDenied. */
  protected?: boolean;
  /** Hidden columns, 1-based. */
  hiddenColumns?: number[];
}

export interface FakeExcelSpec {
  sheets: FakeSheetSpec[];
  /** Default: the first sheet. */
  activeSheet?: string;
  /** Default: 1.13 (everything the add-in can use). */
  apiLevel?: ApiLevel;
  /** Review > Protect Workbook: adding or deleting sheets fails with AccessDenied. */
  structureProtected?: boolean;
  /** Office.context.displayLanguage; default zh-CN. */
  displayLanguage?: string;
  /** Office.context.officeTheme.bodyBackgroundColor; default none. */
  officeBackground?: string;
  /** Document settings already saved. */
  settings?: Record<string, unknown>;
  settingsSaveFails?: boolean;
  /** Smaller limits make the chunking visible with small workbooks. */
  limits?: { payloadBytes?: number; cells?: number };
}

function buildSheet(spec: FakeSheetSpec): FakeSheet {
  const sheet = new FakeSheet(spec.name);
  const top = spec.firstRow ?? 1;
  const left = spec.firstCol ?? 1;
  (spec.rows ?? []).forEach((line, i) =>
    line.forEach((value, j) => {
      if (value !== null && value !== '') seedCell(sheet.touch(top + i, left + j), value);
    }),
  );
  for (const [address, format] of Object.entries(spec.numberFormats ?? {})) {
    const box = parseBox(address);
    for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) sheet.touch(r, c).numberFormat = format;
  }
  sheet.merges = (spec.merges ?? []).map(parseBox);
  sheet.protected = spec.protected ?? false;
  for (const column of spec.hiddenColumns ?? []) sheet.hiddenColumns.add(column);
  return sheet;
}

export function createFakeExcel(spec: FakeExcelSpec) {
  if (spec.sheets.length === 0) throw new Error('a fake workbook needs at least one sheet');
  const state = {
    sheets: spec.sheets.map(buildSheet),
    activeSheet: spec.activeSheet ?? spec.sheets[0].name,
    selection: null as { sheet: string; address: string } | null,
    structureProtected: spec.structureProtected ?? false,
  };
  const host = new FakeExcelHost(state, spec.apiLevel ?? '1.13', {
    payloadBytes: spec.limits?.payloadBytes ?? EXCEL_WEB_PAYLOAD_LIMIT,
    cells: spec.limits?.cells ?? EXCEL_WEB_CELL_LIMIT,
  });
  const { office, savedSettings, actions } = createFakeOffice(host, {
    displayLanguage: spec.displayLanguage ?? 'zh-CN',
    officeBackground: spec.officeBackground,
    settings: spec.settings,
    settingsSaveFails: spec.settingsSaveFails,
  });

  const sheet = (name: string): FakeSheet => {
    const found = state.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`the fake workbook has no sheet ${name} (it has ${state.sheets.map((s) => s.name).join(', ')})`);
    return found;
  };
  const boxOf = (name: string, address?: string): Box => {
    if (address) return parseBox(splitSheet(address).local);
    return sheet(name).usedBox(false) ?? { top: 1, left: 1, bottom: 1, right: 1 };
  };

  return {
    /** Stands in for the global `Excel`. */
    Excel: {
      run: <T>(batch: (context: FakeRequestContext) => Promise<T>) => host.run(batch),
      RequestContext: FakeRequestContext,
    },
    /** Stands in for the global `Office`. */
    Office: office,
    host,
    state,
    /** Settings as last saved with `saveAsync`. */
    savedSettings,
    /** Functions given to `Office.actions.associate`, by id. */
    actions,
    sheetNames: () => state.sheets.map((s) => s.name),
    /** Add a sheet as the user would have it (at the end). */
    addSheet: (spec: FakeSheetSpec): FakeSheet => {
      const added = buildSheet(spec);
      state.sheets.push(added);
      return added;
    },
    sheet,
    /** The cell at an A1 address (undefined when never touched). */
    cell: (name: string, address: string): FakeCell | undefined => {
      const box = parseBox(address);
      return sheet(name).cell(box.top, box.left);
    },
    /** Values as a grid ('' for empty), of an address or of the used range. */
    values: (name: string, address?: string): unknown[][] => {
      const box = boxOf(name, address);
      const rows: unknown[][] = [];
      for (let r = box.top; r <= box.bottom; r++) {
        const row: unknown[] = [];
        for (let c = box.left; c <= box.right; c++) row.push(sheet(name).cell(r, c)?.value ?? '');
        rows.push(row);
      }
      return rows;
    },
    /** Every cell of a sheet with its address, deep-copied: compare two of these to prove nothing changed. */
    cellsOf: (name: string, within?: string): Record<string, FakeCell> => {
      const out: Record<string, FakeCell> = {};
      const target = sheet(name);
      target.forEach(within ? parseBox(within) : parseBox('A:XFD'), (cell, row, column) => {
        out[boxAddress({ top: row, left: column, bottom: row, right: column })] = JSON.parse(JSON.stringify(cell));
      });
      return out;
    },
    /** Total request and response sizes, and the largest of each, over every sync so far. */
    payloads: () => ({
      syncs: host.syncs.length,
      maxRequestBytes: Math.max(0, ...host.syncs.map((s) => s.requestBytes)),
      maxResponseBytes: Math.max(0, ...host.syncs.map((s) => s.responseBytes)),
    }),
  };
}

export type FakeExcel = ReturnType<typeof createFakeExcel>;

/** Put the fake's `Excel` and `Office` on a global object; returns a function that takes them away. */
export function installFakeOffice(target: typeof globalThis, fake: FakeExcel): () => void {
  const slots = target as unknown as Record<string, unknown>;
  const before = { Excel: slots.Excel, Office: slots.Office };
  slots.Excel = fake.Excel;
  slots.Office = fake.Office;
  return () => {
    slots.Excel = before.Excel;
    slots.Office = before.Office;
  };
}
