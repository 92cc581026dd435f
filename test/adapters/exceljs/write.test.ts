import JSZip from 'jszip';
import { checkWorkbookBytes } from '../../../src/adapters/exceljs/check-bytes';
import { hunan2022 } from '../../../src/core/pack';
import { OUTPUT_SHEET_MARK } from '../../../src/core/style';
import { FILL_ARGB } from '../../../src/core/style';
import { styledSubmissionsBytes } from '../../fixtures/styled-submissions';
import { loadBytes, snapshotCells } from './cell-snapshot';

const options = { pack: hunan2022, lang: 'zh' as const };

async function sheetXmlHolding(bytes: Uint8Array, text: string): Promise<{ xml: string; rels: string }> {
  const zip = await JSZip.loadAsync(bytes);
  for (const file of zip.file(/^xl\/worksheets\/sheet\d+\.xml$/)) {
    const xml = await file.async('string');
    if (!xml.includes(text)) continue;
    const rels = zip.file(file.name.replace('worksheets/', 'worksheets/_rels/') + '.rels');
    return { xml, rels: rels ? await rels.async('string') : '' };
  }
  throw new Error(`no sheet holds ${text}`);
}

describe('writing the output plan into the workbook', () => {
  let input: Uint8Array;
  let checked: Awaited<ReturnType<typeof checkWorkbookBytes>>;
  beforeAll(async () => {
    input = await styledSubmissionsBytes();
    checked = await checkWorkbookBytes(input, '申报汇总.xlsx', options);
  });

  test('every cell the user entered keeps its value, formula, style, note and validation', async () => {
    const before = await loadBytes(input);
    const after = await loadBytes(checked.output);
    const { verdictColumn, notesColumn } = checked.plan.resultColumns;
    const ours = (_: string, column: number) => column === verdictColumn || column === notesColumn;
    const beforeCells = snapshotCells(before, ['申报汇总'], ours);
    const afterCells = snapshotCells(after, ['申报汇总'], ours);
    expect(beforeCells.size).toBeGreaterThan(40);
    expect(afterCells).toEqual(beforeCells);
  });

  test('the two result columns carry the headers, the verdicts with their fills, and wrapped notes', async () => {
    const ws = (await loadBytes(checked.output)).getWorksheet('申报汇总')!;
    const { verdictColumn, notesColumn, headerRow, headers, cells } = checked.plan.resultColumns;
    expect(ws.getCell(headerRow, verdictColumn).value).toBe(headers[0]);
    expect(ws.getCell(headerRow, notesColumn).value).toBe(headers[1]);
    for (const cell of cells) {
      expect(ws.getCell(cell.row, verdictColumn).value).toBe(cell.verdict);
      const argb = FILL_ARGB[cell.fill];
      const fill = ws.getCell(cell.row, verdictColumn).fill as { fgColor?: { argb?: string } } | undefined;
      expect(fill?.fgColor?.argb ?? null).toBe(argb);
      expect(ws.getCell(cell.row, notesColumn).alignment?.wrapText).toBe(true);
    }
    expect(ws.getColumn(notesColumn).width).toBeGreaterThan(30);
  });

  test('rows with several notes are tall enough to show them; rows the user sized keep their height', async () => {
    const ws = (await loadBytes(checked.output)).getWorksheet('申报汇总')!;
    const { cells } = checked.plan.resultColumns;
    // Over 40 characters, mostly Chinese (two widths each): more than one line of the 60-wide column.
    const long = cells.filter((c) => c.notes.length > 40 && c.row !== 6);
    expect(long.length).toBeGreaterThan(0);
    for (const cell of long) expect(ws.getRow(cell.row).height).toBeGreaterThanOrEqual(30);
    // Row 6 has long notes too, but the fixture's user set its height.
    expect(cells.find((c) => c.row === 6)?.notes.length).toBeGreaterThan(60);
    expect(ws.getRow(6).height).toBe(12);
  });

  test('分配汇总 and 问题清单: marked title, bold filled header, frozen, landscape one page wide', async () => {
    const wb = await loadBytes(checked.output);
    for (const plan of [checked.plan.summary, checked.plan.issues]) {
      const ws = wb.getWorksheet(plan.name)!;
      expect(String(ws.getCell('A1').value).startsWith(OUTPUT_SHEET_MARK)).toBe(true);
      expect(ws.getCell(2, 1).value).toBe(plan.columns[0].header);
      expect(ws.getCell(2, 1).font?.bold).toBe(true);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
      expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(ws.pageSetup.printTitlesRow).toBe('1:2');
      expect(ws.rowCount).toBe(2 + plan.rows.length);
    }
  });

  test('万元 columns get the 0.00 format', async () => {
    const ws = (await loadBytes(checked.output)).getWorksheet(checked.plan.summary.name)!;
    const money = checked.plan.summary.columns.findIndex((c) => c.numberFormat === '0.00');
    expect(money).toBeGreaterThanOrEqual(0);
    expect(ws.getCell(3, money + 1).numFmt).toBe('0.00');
  });

  test('text that starts with = is stored as text, never as a formula', async () => {
    const wb = await loadBytes(checked.output);
    const issues = wb.getWorksheet(checked.plan.issues.name)!;
    let found = false;
    issues.eachRow((row) =>
      row.eachCell((cell) => {
        if (String(cell.value).startsWith('=SUM(A1:A3)')) {
          found = true;
          expect(cell.formula).toBeUndefined();
          expect(cell.value).toBe('=SUM(A1:A3) 乡村振兴');
        }
      }),
    );
    expect(found).toBe(true);
    const { xml } = await sheetXmlHolding(checked.output, '<hyperlink');
    expect(xml).not.toContain('<f>');
  });

  test('row links on 问题清单 are internal: a location on the submissions sheet, no external relationship', async () => {
    expect(checked.plan.issues.links.length).toBeGreaterThan(0);
    const { xml, rels } = await sheetXmlHolding(checked.output, '<hyperlink');
    const link = checked.plan.issues.links[0];
    // The quotes around the sheet name are escaped in the attribute, as Excel writes them.
    expect(xml).toContain(`location="&apos;${link.sheet}&apos;!A${link.sheetRow}"`);
    expect(xml).not.toMatch(/<hyperlink[^>]*r:id=/);
    expect(rels).not.toContain('TargetMode="External"');
  });
});
