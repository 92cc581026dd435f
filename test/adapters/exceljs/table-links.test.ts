import { tableLinks, xmlAttributeText } from '../../../src/adapters/exceljs/table-links';
import type { TablePlan } from '../../../src/core/types';

const table = (rows: TablePlan['rows'], links: TablePlan['links']): TablePlan => ({
  name: '问题清单',
  title: '问题清单',
  columns: [],
  rows,
  rowFills: rows.map(() => 'none'),
  rowBold: rows.map(() => false),
  links,
});

test('attribute text is escaped as exceljs escapes it; characters XML cannot hold are left out', () => {
  expect(xmlAttributeText(`'名单 & "附表" <1>'`)).toBe('&apos;名单 &amp; &quot;附表&quot; &lt;1&gt;&apos;');
  expect(xmlAttributeText('a\u0001b\tc\u007f')).toBe('ab\tc');
});

test('each link sits on its cell below the title and header, to the sheet row, as a location only', () => {
  const plan = table(
    [
      [null, '合计'],
      [12, '湖南省物理学会'],
      [15, "O'Brien"],
    ],
    [
      { row: 1, column: 0, sheet: '申报汇总', sheetRow: 12 },
      { row: 2, column: 1, sheet: "Tom's & 表", sheetRow: 15 },
    ],
  );
  expect(tableLinks(plan)).toEqual([
    { ref: 'A4', tag: '<hyperlink ref="A4" location="&apos;申报汇总&apos;!A12"/>' },
    { ref: 'B5', tag: '<hyperlink ref="B5" location="&apos;Tom&apos;&apos;s &amp; 表&apos;!A15"/>' },
  ]);
});

test('an empty cell gets no link, and a cell linked twice keeps the last link, as writeTable shows it', () => {
  const plan = table(
    [
      [null, 'x'],
      [7, 'y'],
    ],
    [
      { row: 0, column: 0, sheet: 'S', sheetRow: 3 },
      { row: 1, column: 0, sheet: 'S', sheetRow: 4 },
      { row: 1, column: 0, sheet: 'S', sheetRow: 7 },
    ],
  );
  expect(tableLinks(plan).map((link) => link.tag)).toEqual(['<hyperlink ref="A4" location="&apos;S&apos;!A7"/>']);
});
