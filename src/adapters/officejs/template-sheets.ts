// What insertTemplate adds, from the core's templateSpec: each sheet as plain rows from row 1, which
// rows are bold, column widths, and for the submissions sheet the number formats and drop-down
// lists of the rows people will fill in.
import type { RulePack } from '../../core/pack/schema';
import { templateSpec } from '../../core/template';
import type { Lang } from '../../core/types';
import { columnLetters, quotedSheet } from './addresses';

/** Rows below the header that get the column formats and drop-downs: a round's worth and more. */
export const TEMPLATE_INPUT_ROWS = 1000;

export interface TemplateSheet {
  name: string;
  rows: string[][];
  /** 1-based rows shown bold (title, headers). */
  boldRows: number[];
  /** Widths in characters, by column. */
  widths: number[];
  /** Number formats of the input rows, by column (undefined: leave General). */
  input?: { firstRow: number; lastRow: number; formats: (string | undefined)[] };
  /** Drop-down lists: the 1-based column and the list's cells as an absolute reference. */
  dropDowns: { column: number; firstRow: number; lastRow: number; source: string }[];
}

export function templateSheets(pack: RulePack, lang: Lang): TemplateSheet[] {
  const spec = templateSpec(pack, lang);
  const listColumn = new Map(spec.lists.lists.map((list, i) => [list.name, { letter: columnLetters(i + 1), size: list.values.length }]));
  const firstInputRow = 3;
  const lastInputRow = firstInputRow + TEMPLATE_INPUT_ROWS - 1;
  const dropDowns = spec.columns.flatMap((column, j) => {
    const list = column.list ? listColumn.get(column.list) : undefined;
    if (!list) return [];
    const source = `=${quotedSheet(spec.lists.sheetName)}!$${list.letter}$2:$${list.letter}$${list.size + 1}`;
    return [{ column: j + 1, firstRow: firstInputRow, lastRow: lastInputRow, source }];
  });
  const longestList = Math.max(0, ...spec.lists.lists.map((l) => l.values.length));

  return [
    {
      name: spec.sheetName,
      rows: [[spec.title], spec.columns.map((c) => c.header)],
      boldRows: [1, 2],
      widths: spec.columns.map((c) => c.width),
      input: { firstRow: firstInputRow, lastRow: lastInputRow, formats: spec.columns.map((c) => c.numberFormat) },
      dropDowns,
    },
    {
      name: spec.lists.sheetName,
      rows: [
        spec.lists.lists.map((l) => l.name),
        ...Array.from({ length: longestList }, (_, i) => spec.lists.lists.map((l) => l.values[i] ?? '')),
      ],
      boldRows: [1],
      widths: spec.lists.lists.map((l) => Math.min(40, Math.max(10, ...l.values.map((v) => v.length * 2)))),
      dropDowns: [],
    },
    { name: spec.settings.sheetName, rows: spec.settings.rows, boldRows: [1], widths: [16, 14], dropDowns: [] },
    { name: spec.blacklist.sheetName, rows: [spec.blacklist.headers], boldRows: [1], widths: [30, 10], dropDowns: [] },
    { name: spec.instructions.sheetName, rows: spec.instructions.lines.map((line) => [line]), boldRows: [], widths: [100], dropDowns: [] },
  ];
}
