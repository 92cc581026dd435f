import * as ExcelJS from 'exceljs';
import { readSheet, readWorkbook } from '../../../src/adapters/exceljs/read';
import { excelSerial, handMadeXlsx } from '../../fixtures/hand-made-xlsx';

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return again;
}

async function loadHandMade(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe('readSheet: every kind of cell becomes a plain value', () => {
  test('formulas give their cached result, including a result of 0 and a text result', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = { formula: '5+3', result: 8 } as ExcelJS.CellFormulaValue;
    ws.getCell('A2').value = { formula: '1-1', result: 0 } as ExcelJS.CellFormulaValue;
    ws.getCell('A3').value = { formula: '"万"&"元"', result: '万元' } as ExcelJS.CellFormulaValue;
    ws.getCell('A4').value = { formula: 'NA()', result: { error: '#N/A' } } as unknown as ExcelJS.CellFormulaValue;
    const grid = readSheet((await roundTrip(wb)).getWorksheet('S')!);
    expect(grid.rows.map((r) => r[0])).toEqual([8, 0, '万元', { error: '#N/A' }]);
  });

  test('a formula saved without a result reads as its text, so the user sees it quoted back', async () => {
    const bytes = await handMadeXlsx([{ name: 'S', rows: [[{ formula: 'SUM(B1:B3)' }]] }]);
    const grid = readSheet((await loadHandMade(bytes)).getWorksheet('S')!);
    expect(grid.rows[0][0]).toBe('=SUM(B1:B3)');
  });

  test('shared formulas give each cell its own cached result', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 2;
    ws.getCell('A2').value = 3;
    ws.fillFormula('B1:B2', 'A1*10', [20, 30]);
    const grid = readSheet((await roundTrip(wb)).getWorksheet('S')!);
    expect(grid.rows.map((r) => r[1])).toEqual([20, 30]);
  });

  test('rich text and hyperlinks read as their text; booleans and errors keep their kind', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = { richText: [{ text: '湖南省', font: { bold: true } }, { text: '医学会' }] };
    ws.getCell('A2').value = { text: '湖南省科协', hyperlink: 'http://example.org/' };
    ws.getCell('A3').value = true;
    ws.getCell('A4').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
    const grid = readSheet((await roundTrip(wb)).getWorksheet('S')!);
    expect(grid.rows.map((r) => r[0])).toEqual(['湖南省医学会', '湖南省科协', true, { error: '#REF!' }]);
  });

  test('date cells read as dates; a date typed as text stays text', async () => {
    const bytes = await handMadeXlsx([{ name: 'S', rows: [[{ date: excelSerial(2022, 12, 31) }, '2022年11月']] }]);
    const grid = readSheet((await loadHandMade(bytes)).getWorksheet('S')!);
    expect(grid.rows[0][0]).toEqual(new Date(Date.UTC(2022, 11, 31)));
    expect(grid.rows[0][1]).toBe('2022年11月');
  });

  test('the grid starts at the used area and lists the merges; a merge’s other cells are empty', async () => {
    const bytes = await handMadeXlsx([
      { name: 'S', firstRow: 3, rows: [[null, '标题', null], [null, '甲', 1], [null, null, 2]], merges: ['B3:C3', 'B4:B5'] },
    ]);
    const grid = readSheet((await loadHandMade(bytes)).getWorksheet('S')!);
    expect(grid.firstRow).toBe(3);
    expect(grid.firstCol).toBe(2);
    // Rows are ragged: a row ends at its last filled cell.
    expect(grid.rows).toEqual([['标题'], ['甲', 1], [null, 2]]);
    expect(grid.merges).toEqual(
      expect.arrayContaining([
        { top: 3, left: 2, bottom: 3, right: 3 },
        { top: 4, left: 2, bottom: 5, right: 2 },
      ]),
    );
  });

  test('blank rows inside the sheet stay in place as empty rows', async () => {
    const bytes = await handMadeXlsx([{ name: 'S', rows: [['a'], [], [''], ['b']] }]);
    const grid = readSheet((await loadHandMade(bytes)).getWorksheet('S')!);
    expect(grid.rows.map((r) => r[0] ?? null)).toEqual(['a', null, null, 'b']);
  });
});

test('readWorkbook lists the sheets in workbook order, empty ones too', async () => {
  const bytes = await handMadeXlsx([
    { name: '说明', rows: [] },
    { name: '申报汇总', rows: [['x']] },
  ]);
  const input = readWorkbook(await loadHandMade(bytes), 'a.xlsx');
  expect(input.source).toBe('a.xlsx');
  expect(input.sheets.map((s) => s.name)).toEqual(['说明', '申报汇总']);
  expect(input.sheets[0].rows).toEqual([]);
});

// 20,000 rows keep the suite quick; the ratio is what matters (100,000 behave the same, see bench).
test('a large sheet reads in a fraction of the time exceljs itself takes to load it', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('S');
  for (let r = 1; r <= 20_000; r++) ws.addRow([r, '湖南省医学会', '省级学会', '3.1.1', '项目', 8.5, new Date(Date.UTC(2022, 10, 1)), '是']);
  const bytes = await wb.xlsx.writeBuffer();
  const loaded = new ExcelJS.Workbook();
  const loadStart = performance.now();
  await loaded.xlsx.load(bytes as ArrayBuffer);
  const loadMs = performance.now() - loadStart;
  const readStart = performance.now();
  const grid = readSheet(loaded.getWorksheet('S')!);
  const readMs = performance.now() - readStart;
  expect(grid.rows).toHaveLength(20_000);
  expect(grid.rows[19_999][0]).toBe(20_000);
  // Reading adds a fraction of the load itself.
  expect(readMs).toBeLessThan(loadMs * 0.5);
}, 120_000);
