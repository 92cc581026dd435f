// What Shenbao writes is text, never a formula, and its links stay inside the workbook: a unit named
// =HYPERLINK("http://x","y") is written back as those characters, in the result columns and on
// 问题清单, by the file path and inside Excel; every row link is a place in the workbook, also
// when the sheet's name holds quotes, # or !.
import JSZip from 'jszip';
import { checkWorkbookBytes } from '../../src/adapters/exceljs/check-bytes';
import { checkActiveWorkbook } from '../../src/adapters/officejs';
import { hunan2022 } from '../../src/core/pack/hunan-2022';
import { loadBytes } from '../adapters/exceljs/cell-snapshot';
import { removeFakeExcel, useFakeExcel } from '../adapters/officejs/fixtures';
import { handMadeXlsx, type HandCell } from '../fixtures/hand-made-xlsx';
import { HEADERS, application } from '../fixtures/hostile/files';

afterEach(removeFakeExcel);

const FORMULA_LIKE = ['=HYPERLINK("http://x","y")', '+86 731 8888', '-1 学会', '@学会'];
// Units and projects that start like formulas, on rows that also have findings (an amount out of range).
const rows: HandCell[][] = [HEADERS, ...FORMULA_LIKE.map((text, i) => application(i + 1, { 申报单位: text, 项目名称: text, '申请金额（万元）': 99 }))];
// Excel allows quotes inside a sheet's name, not at its ends.
const ODD_SHEET_NAMES = ["O'Brien 的申报", '申报 #1!', "学会''双引号", '=申报'];

/** `'It''s'!A5` → { sheet: "It's", row: 5 }; anything else (a URL, a file) → null. */
function parseLocation(location: string): { sheet: string; row: number } | null {
  const m = /^'((?:[^']|'')+)'!A(\d+)$/.exec(location);
  return m ? { sheet: m[1].replace(/''/g, "'"), row: Number(m[2]) } : null;
}

describe('the file path', () => {
  test('formula-like text is written as text in the result columns and on 问题清单', async () => {
    const checked = await checkWorkbookBytes(await handMadeXlsx([{ name: '申报汇总', rows }]), '公式样.xlsx', { pack: hunan2022, lang: 'zh' });
    const out = await loadBytes(checked.output);
    const issues = out.getWorksheet(checked.plan.issues.name)!;
    const written: string[] = [];
    issues.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.formula).toBeUndefined();
        if (typeof cell.value === 'string') written.push(cell.value);
      }),
    );
    for (const text of FORMULA_LIKE) expect(written).toContain(text);
    // The user's own cells stay the text they were.
    const ws = out.getWorksheet('申报汇总')!;
    FORMULA_LIKE.forEach((text, i) => expect(ws.getCell(2 + i, 2).value).toBe(text));
    const { verdictColumn, notesColumn } = checked.plan.resultColumns;
    for (let r = 1; r <= 1 + FORMULA_LIKE.length; r++)
      for (const c of [verdictColumn, notesColumn]) expect(ws.getCell(r, c).formula).toBeUndefined();
    // And no formula element at all in our sheets' XML.
    const zip = await JSZip.loadAsync(checked.output);
    for (const file of zip.file(/^xl\/worksheets\/sheet\d+\.xml$/)) expect(await file.async('string')).not.toContain('<f>');
  });

  for (const sheet of ODD_SHEET_NAMES) {
    test(`row links on 问题清单 are places in the workbook, never a URL or a file (sheet ${sheet})`, async () => {
      const checked = await checkWorkbookBytes(await handMadeXlsx([{ name: sheet, rows }]), '链接.xlsx', { pack: hunan2022, lang: 'en' });
      const zip = await JSZip.loadAsync(checked.output);
      let links = 0;
      for (const file of zip.file(/^xl\/worksheets\/sheet\d+\.xml$/)) {
        const xml = await file.async('string');
        for (const tag of xml.match(/<hyperlink\s[^>]*\/>/g) ?? []) {
          links++;
          expect(tag).not.toContain('r:id=');
          const location = /location="([^"]*)"/.exec(tag)?.[1] ?? '';
          const unescaped = location.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
          const place = parseLocation(unescaped);
          expect(place?.sheet).toBe(sheet);
          expect(checked.result.dataRows).toContain(place?.row);
        }
      }
      expect(links).toBe(checked.plan.issues.links.length);
      expect(links).toBeGreaterThan(0);
      // No relationship points outside the package, and none is a hyperlink.
      for (const rels of zip.file(/_rels\/.*\.rels$/)) expect(await rels.async('string')).not.toMatch(/TargetMode="External"|relationships\/hyperlink"/);
    });
  }
});

describe('inside Excel (the fake host turns = text into a formula unless the cell is formatted @)', () => {
  test('formula-like text lands as text in the result columns and on 问题清单', async () => {
    const fake = useFakeExcel({ sheets: [{ name: '申报汇总', rows: rows as (string | number | null)[][] }] });
    const outcome = await checkActiveWorkbook({ pack: hunan2022, lang: 'zh' });
    const issues = outcome.plan.issues.name;
    const cells = Object.values(fake.cellsOf(issues));
    expect(cells.filter((c) => c.formula !== undefined)).toEqual([]);
    for (const text of FORMULA_LIKE) expect(cells.some((c) => c.value === text && c.numberFormat === '@')).toBe(true);
    const result = Object.entries(fake.cellsOf('申报汇总')).filter(([, c]) => c.formula !== undefined);
    expect(result).toEqual([]);
  });

  for (const sheet of ODD_SHEET_NAMES) {
    test(`row links are document references to the row, never an address (sheet ${sheet})`, async () => {
      const fake = useFakeExcel({ sheets: [{ name: sheet, rows: rows as (string | number | null)[][] }] });
      const outcome = await checkActiveWorkbook({ pack: hunan2022, lang: 'zh' });
      const links = Object.values(fake.cellsOf(outcome.plan.issues.name)).flatMap((c) => (c.hyperlink ? [c.hyperlink] : []));
      expect(links).toHaveLength(outcome.plan.issues.links.length);
      for (const link of links) {
        expect(link.address).toBeUndefined();
        const place = parseLocation(link.documentReference ?? '');
        expect(place?.sheet).toBe(sheet);
        expect(outcome.result.dataRows).toContain(place?.row);
      }
    });
  }
});
