// exceljs gives every cell that had the same style in the file one shared style object. Excel
// writes a formatted table's empty cells too, so the cells our results land in can share that
// object with the user's own cells: filling a result cell must not repaint the user's.
import * as ExcelJS from 'exceljs';
import { checkWorkbookBytes } from '../../../src/adapters/exceljs/check-bytes';
import { hunan2022 } from '../../../src/core/pack';
import { loadBytes } from './cell-snapshot';

const options = { pack: hunan2022, lang: 'zh' as const };

const HEADERS = ['申报单位', '单位类型', '申报类别', '项目名称', '申请金额（万元）', '计划完成日期'];
const ROWS: ExcelJS.CellValue[][] = [
  ['湖南省物理学会', '省级学会', '3.1.1', '青年论坛', 8, '2022-11-30'],
  ['湖南省化学会', '省级学会', '3.1.1', '化学沙龙', 500, '2023-03-01'],
  ['长沙市科协', '市州科协', '9.9.9', '不存在的类别', 10, '2022-12-01'],
];
/** The user's table look, given to every cell of A1:J4: the filled ones and the empty ones beyond. */
const TABLE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const TABLE_FONT: Partial<ExcelJS.Font> = { name: '仿宋', size: 12, color: { argb: 'FF1F4E79' } };
const LAST_STYLED_COLUMN = 10;

async function formattedTable(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('申报汇总');
  [HEADERS, ...ROWS].forEach((values, i) => {
    for (let column = 1; column <= LAST_STYLED_COLUMN; column++) {
      const cell = ws.getCell(i + 1, column);
      if (column <= values.length) cell.value = values[column - 1];
      cell.fill = TABLE_FILL;
      cell.font = TABLE_FONT;
    }
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Each user cell's fill and font, by address. */
function looks(ws: ExcelJS.Worksheet, ours: (column: number) => boolean): Map<string, { fill: unknown; font: unknown }> {
  const map = new Map<string, { fill: unknown; font: unknown }>();
  for (let row = 1; row <= ROWS.length + 1; row++) {
    for (let column = 1; column <= LAST_STYLED_COLUMN; column++) {
      if (ours(column)) continue;
      const cell = ws.getCell(row, column);
      map.set(cell.address, { fill: cell.fill, font: cell.font });
    }
  }
  return map;
}

test('result cells that share one style object with the user’s cells are filled without repainting them', async () => {
  const input = await formattedTable();
  const before = (await loadBytes(input)).getWorksheet('申报汇总')!;
  const checked = await checkWorkbookBytes(input, '统一格式.xlsx', options);
  const { verdictColumn, notesColumn, headerRow, cells } = checked.plan.resultColumns;

  // The case this test is about: the result cells, header and rows, hold the very object the user's cells hold.
  for (const row of [headerRow, ...cells.map((c) => c.row)]) {
    for (const column of [verdictColumn, notesColumn]) expect(before.getCell(row, column).style).toBe(before.getCell(row, 1).style);
  }
  // and the results do get a look of their own, so a repaint would show.
  expect(cells.map((c) => c.fill)).toContain('red');

  const after = (await loadBytes(checked.output)).getWorksheet('申报汇总')!;
  const ours = (column: number) => column === verdictColumn || column === notesColumn;
  expect(looks(after, ours)).toEqual(looks(before, ours));
  for (const [address, look] of looks(after, ours)) {
    expect([address, look]).toEqual([address, { fill: TABLE_FILL, font: TABLE_FONT }]);
  }
  expect(after.getCell(headerRow, verdictColumn).font?.bold).toBe(true);
  expect(after.getCell(headerRow, 1).font?.bold).toBeUndefined();
});
