// The shapes every part of Shenbao agrees on: what an adapter hands the core (a grid of cells),
// what the core hands back (findings, verdicts, tallies), and what an adapter writes (plain tables).
// Nothing here knows about Office, exceljs or React.

// ---------------------------------------------------------------------------------------------
// In: a workbook as grids of cell values

/** An Excel error value such as #N/A or #REF!; adapters turn host error cells into this. */
export interface CellError {
  error: string;
}

/**
 * One cell as the host holds it. Formula cells arrive as their cached result, rich text as its
 * plain text, hyperlinks as their text. A number in a date column is read as an Excel date serial.
 */
export type CellValue = string | number | boolean | Date | CellError | null;

/** A merged area in sheet coordinates (1-based, inclusive). */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** rows[i][j] is the cell at sheet row `firstRow + i`, column `firstCol + j`. Rows may be ragged. */
  rows: CellValue[][];
  /** 1-based sheet row of rows[0]; default 1. */
  firstRow?: number;
  /** 1-based sheet column of rows[i][0]; default 1. */
  firstCol?: number;
  merges?: Merge[];
  /** The sheet's real size when the adapter read only part of it (e.g. a head for sheet picking). */
  truncated?: boolean;
}

export interface WorkbookInput {
  /** File name or workbook title, for messages only. */
  source?: string;
  /** Every sheet, in workbook order. An adapter may pass only the head of sheets it need not read. */
  sheets: SheetGrid[];
  /** The add-in passes the active sheet; it is used when it has a header row. */
  activeSheet?: string;
}

// ---------------------------------------------------------------------------------------------
// Reading: one application row, each cell read by its column's type

export type ColumnType =
  | 'text'
  | 'applicantType'
  | 'category'
  | 'amount'
  | 'date'
  | 'yesno'
  | 'count'
  | 'number'
  | 'decision'
  | 'ignored';

/** A column found on the sheet. */
export interface MappedColumn {
  /** The pack's field key, e.g. `unit`, `requested`, or a figure's key such as `experts`. */
  field: string;
  /** 1-based sheet column. */
  column: number;
  /** The header as typed on the sheet. */
  header: string;
  type: ColumnType;
  /** For amount columns: the unit the header states (元 → 'yuan'); cells may override it. */
  unit?: 'wan' | 'yuan';
}

/** One cell of an application, read by its column's type. */
export interface ReadField<T = unknown> {
  field: string;
  /** 1-based sheet column. */
  column: number;
  header: string;
  /** The cell as the host gave it (after merges are spread). */
  raw: CellValue;
  /** The cell's text as typed/shown, trimmed; what messages quote back to the user. */
  text: string;
  /** True when the cell holds nothing (null, '', only spaces). */
  blank: boolean;
  /** The typed value; null when blank or unreadable. Dates are ISO `YYYY-MM-DD` strings. */
  value: T | null;
  /** Set when the cell is filled but cannot be read as its type: the reason, for `bad-value`. */
  error?: Message;
  /** What a rule sees (rules/cells.ts): `unreadable` when there is an error, `blank` when the cell or its value is empty, else `value`. */
  state: 'blank' | 'unreadable' | 'value';
}

export interface Application {
  /** 1-based sheet row. */
  row: number;
  /** Fields present on the sheet, by field key. A column the sheet lacks has no entry. */
  fields: Record<string, ReadField>;
}

/** Keys and values of the 设置 sheet (unknown keys kept). */
export interface Settings {
  /** ISO date; enables `late-submission`. */
  submissionDeadline?: string;
  other: Record<string, string>;
}

export interface BlacklistEntry {
  unit: string;
  /** The first year of the ban. */
  startYear: number;
  /** Where it came from, e.g. `失信名单!A3` or `pack`. */
  source: string;
}

// ---------------------------------------------------------------------------------------------
// Out: findings, verdicts and tallies

export type Severity = 'error' | 'warning' | 'info';
export type Verdict = 'eligible' | 'attention' | 'ineligible';
export type Decision = 'approved' | 'rejected' | 'pending';
export type Lang = 'zh' | 'en';

export interface Message {
  zh: string;
  en: string;
}

export interface Finding {
  /** Stable rule id from rules.md, e.g. `amount-range`. */
  rule: string;
  severity: Severity;
  /** The guide's clause, e.g. `一.4`, `四 经费安排`. */
  clause: string;
  message: Message;
  /** 1-based sheet row, for row findings. */
  row?: number;
  /** 1-based sheet column and its header, when the finding concerns one cell. */
  column?: number;
  header?: string;
}

/** One checked row: what the tally, the summary sheets and the report need of it. */
export interface RowResult {
  row: number;
  unit: string | null;
  project: string | null;
  /** The leaf code, or null when the category could not be placed. */
  category: string | null;
  /** Canonical applicant type (given or guessed), or null. */
  unitType: string | null;
  /** 万元. */
  requested: number | null;
  /** 万元. */
  approved: number | null;
  decision: Decision;
  /** 评审得分, when the sheet has that column (null when its cell is blank or unreadable). */
  score?: number | null;
  /** `verdictOf(findings)`. */
  verdict: Verdict;
  /** Each finding carries the row's number. */
  findings: Finding[];
}

export interface NodeFinding extends Finding {
  /** The approved rows that make up the count or the sum. */
  rows: number[];
}

export type NodeStatus = 'over' | 'full' | 'open' | 'under';

export interface NodeResult {
  /** `total` for the grand total. */
  code: string;
  name: string;
  /** 0 for the total, 1 for 1/2/3, 2 for 2.1, 3 for 2.1.1. */
  level: number;
  parent: string | null;
  /** Number of projects to fund; null where the guide sets none for this node. */
  count: { min: number; max: number } | null;
  /** 万元; null where the node has no budget of its own. */
  budget: number | null;
  applications: number;
  eligible: number;
  pending: number;
  approvedCount: number;
  /** 万元. */
  approvedAmount: number;
  /** count.max − approvedCount, or null. */
  remainingCount: number | null;
  /** budget − approvedAmount, or null. */
  remainingBudget: number | null;
  /**
   * over: a count or budget exceeded; full: count reached within budget; open: room left and rows
   * still pending (or nothing decided); under: fewer approved than the minimum with nothing pending.
   */
  status: NodeStatus;
  findings: NodeFinding[];
}

export interface CheckResult {
  pack: { id: string; title: string; year: number };
  source?: string;
  sheet: string;
  /** 1-based sheet row of the header row. */
  headerRow: number;
  columns: MappedColumn[];
  /** Headers on the header row that are neither known nor Shenbao's own output columns. */
  unknownHeaders: { column: number; header: string }[];
  /**
   * Where the two output columns go: the existing 校验结果 / 问题说明 columns on a re-run,
   * otherwise the two columns right of the last used column.
   */
  outputColumns: { verdict: number; notes: number };
  /** 1-based sheet rows of the data rows (blank rows skipped). */
  dataRows: number[];
  /**
   * Rows whose old output cells must be emptied (blank rows among the data, rows below it), as the
   * reader found them. Optional so that hand-built results stay valid; absent means none.
   */
  clearRows?: number[];
  rows: RowResult[];
  nodes: NodeResult[];
  /** Things to tell the user that are not findings, e.g. "no 设置 sheet: late-submission is off". */
  notices: Message[];
}

// ---------------------------------------------------------------------------------------------
// Out: what an adapter writes, as plain tables (the same for the file path and the add-in)

export type Fill = 'none' | 'amber' | 'red' | 'green';

export interface ResultColumnsPlan {
  sheet: string;
  headerRow: number;
  verdictColumn: number;
  notesColumn: number;
  /** [校验结果, 问题说明] (or English). */
  headers: [string, string];
  /** One per data row, in sheet order. */
  cells: { row: number; verdict: string; notes: string; fill: Fill }[];
  /**
   * Rows between the header and the last data row that are not data rows (blank rows) and rows
   * below the data that held an older result: the adapter clears the two output cells there.
   */
  clearRows: number[];
}

export type TableCell = string | number | null;

export interface TableColumn {
  header: string;
  /** Width in characters, for the file and the sheet. */
  width: number;
  /** Excel number format, e.g. `0.00` for 万元, `@` for text. */
  numberFormat?: string;
}

export interface TablePlan {
  /** Sheet name (分配汇总, 问题清单). */
  name: string;
  /** A title line above the header (row 1); the header is on row 2 and data from row 3. */
  title: string;
  columns: TableColumn[];
  rows: TableCell[][];
  /** Per data row: a fill for the whole row (status colours, totals). */
  rowFills: Fill[];
  /** Per data row: bold (level-1 nodes, the total). */
  rowBold: boolean[];
  /** Internal links: the cell at data row `row` (0-based in `rows`), column `column` (0-based). */
  links: { row: number; column: number; sheet: string; sheetRow: number }[];
}

export interface OutputPlan {
  resultColumns: ResultColumnsPlan;
  summary: TablePlan;
  issues: TablePlan;
  /** More of Shenbao's sheets, written after those two (建议立项 and its summary, on request). */
  extra?: TablePlan[];
  /** Things to tell the user about the output itself, e.g. a sheet written under another name. */
  notices?: Message[];
}
