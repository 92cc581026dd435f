// What the reader's speed-ups promise: a row says whether any of its cells is unreadable, and
// fields shared between rows (empty cells, repeated values) are frozen, so no row can change another's.
import { hunan2022 } from '../../../src/core/pack';
import { readSubmissions } from '../../../src/core/read';
import { fieldOf, filledTextOf, isFilled } from '../../../src/core/read/applications';
import type { CellValue } from '../../../src/core/types';
import { sheet, workbook } from './grid-helpers';

const HEADERS = ['申报单位', '申报类别', '申请金额（万元）', '备注'];

function read(rows: CellValue[][]) {
  return readSubmissions(workbook(sheet('申报汇总', [HEADERS, ...rows])), hunan2022).applications;
}

test('a row with an unreadable cell says so; a row without one says that too', () => {
  const [bad, good] = read([
    ['甲学会', '1', '十万', null],
    ['乙学会', '1', 8, null],
  ]);
  expect(bad.hasUnreadable).toBe(true);
  expect(bad.fields.requested.error).toBeDefined();
  expect(good.hasUnreadable).toBe(false);
});

test('an Excel error value is unreadable too', () => {
  const [row] = read([['甲学会', '1', { error: '#N/A' }, null]]);
  expect(row.hasUnreadable).toBe(true);
});

test('the same value on two rows reads the same, and cannot be changed through either row', () => {
  const [first, second] = read([
    ['甲学会', '1', 8, null],
    ['乙学会', '1', 8, null],
  ]);
  expect(second.fields.requested).toEqual(first.fields.requested);
  expect(Object.isFrozen(first.fields.requested)).toBe(true);
  expect(Object.isFrozen(first.fields.notes)).toBe(true);
  expect(first.fields.notes).toMatchObject({ blank: true, raw: null, text: '', value: null });
});

test('0 and -0 are read apart, though a Map would take them for one value', () => {
  const [zero, negativeZero] = read([
    ['甲学会', '1', 0, null],
    ['乙学会', '1', -0, null],
  ]);
  expect(Object.is(zero.fields.requested.value, 0)).toBe(true);
  expect(Object.is(negativeZero.fields.requested.raw, -0)).toBe(true);
  expect(Object.is(negativeZero.fields.requested.value, -0)).toBe(true);
});

describe("a row's fields are a view onto the columns", () => {
  const rows = read([
    ['甲学会', '1', 8, '第一行备注'],
    ['乙学会', '1.1', { error: '#REF!' }, '第二行备注'],
  ]);

  test('each row sees its own cell of every column, the ignored 备注 included', () => {
    expect(rows.map((r) => r.fields.unit.text)).toEqual(['甲学会', '乙学会']);
    expect(rows.map((r) => r.fields.notes.text)).toEqual(['第一行备注', '第二行备注']);
    expect(rows[1].fields.requested).toMatchObject({ column: 3, header: '申请金额（万元）', raw: { error: '#REF!' }, value: null });
  });

  test('looked up by a key held in a variable, as rules do, and absent for a column the sheet lacks', () => {
    const key: string = 'category';
    expect(rows[0].fields[key].value).toBe('1');
    expect(rows[0].fields.project).toBeUndefined();
    expect('unit' in rows[0].fields).toBe(true);
    expect('project' in rows[0].fields).toBe(false);
  });

  test('no row can change a field another row sees', () => {
    expect(() => {
      (rows[0].fields as Record<string, unknown>).unit = null;
    }).toThrow(TypeError);
    expect(rows[0].fields.unit.text).toBe('甲学会');
  });
});

test('rows of two checks of the same layout each keep their own cells', () => {
  // The prototype behind the views is kept across checks (same columns, same hidden class); the
  // cells are not.
  const earlier = read([['甲学会', '1', 8, '旧备注']]);
  const later = read([['乙学会', '2', 9, '新备注']]);
  expect(Object.getPrototypeOf(earlier[0].fields)).toBe(Object.getPrototypeOf(later[0].fields));
  expect([earlier[0].fields.unit.text, later[0].fields.unit.text]).toEqual(['甲学会', '乙学会']);
  // 备注 is read when first asked for, from its own check's cells.
  expect([later[0].fields.notes.text, earlier[0].fields.notes.text]).toEqual(['新备注', '旧备注']);
});

test('fieldOf reads what fields[key] reads, for the reader\'s rows and for hand-built ones', () => {
  const [row] = read([['甲学会', '1', '十万', '备注一']]);
  for (const key of ['unit', 'category', 'requested', 'notes', 'project'])
    expect(fieldOf(row, key)).toBe((row.fields as Record<string, unknown>)[key]);
  expect(fieldOf(row, 'project')).toBeUndefined();
  expect(fieldOf(row, 'requested')?.error).toBeDefined();
  const handBuilt = { row: 2, fields: { unit: row.fields.unit } };
  expect(fieldOf(handBuilt, 'unit')).toBe(row.fields.unit);
  expect(fieldOf(handBuilt, 'category')).toBeUndefined();
});

test('a row’s fields are one view, the same each time they are asked for', () => {
  const [row] = read([['甲学会', '1', 8, null]]);
  expect(row.fields).toBe(row.fields);
  expect(row.fields.unit).toBe(fieldOf(row, 'unit'));
});

describe('free text past the first 2,000 different values (project names)', () => {
  // The reader keeps such a cell as its string and makes its field when asked for; it must read
  // exactly as a field made at once, and trimming, blanks and errors must not be lost.
  // 备注 (read only when asked for) is free text past the limit too.
  const names = Array.from({ length: 2100 }, (_, i) => [`甲学会`, '1', 8, `备注${i}`, `第${i}个项目`] as CellValue[]);
  names[2050][4] = '  两头有空格的项目  ';
  names[2060][4] = '   ';
  names[2070][4] = { error: '#VALUE!' };
  names[2080][4] = '';
  names[2085][4] = '第一行\r\n第二行';
  const rows = readSubmissions(workbook(sheet('申报汇总', [[...HEADERS, '项目名称'], ...names])), hunan2022).applications;

  test('a name as typed reads as a whole field: column, header, text, value', () => {
    expect(fieldOf(rows[2090], 'project')).toEqual({
      field: 'project',
      column: 5,
      header: '项目名称',
      raw: '第2090个项目',
      text: '第2090个项目',
      blank: false,
      value: '第2090个项目',
      state: 'value',
    });
    expect(rows[2090].fields.project).toEqual(fieldOf(rows[2090], 'project'));
    expect(filledTextOf(rows[2090], 'project')).toBe('第2090个项目');
    expect(isFilled(rows[2090], 'project')).toBe(true);
  });

  test('a name with spaces around is shown trimmed; only spaces is blank; an error is unreadable', () => {
    expect(fieldOf(rows[2050], 'project')).toMatchObject({ raw: '  两头有空格的项目  ', text: '两头有空格的项目', value: '两头有空格的项目' });
    expect(filledTextOf(rows[2050], 'project')).toBe('两头有空格的项目');
    expect(fieldOf(rows[2060], 'project')).toMatchObject({ blank: true, state: 'blank' });
    expect([filledTextOf(rows[2060], 'project'), isFilled(rows[2060], 'project')]).toEqual([null, false]);
    expect(fieldOf(rows[2070], 'project')?.error).toBeDefined();
    expect([filledTextOf(rows[2070], 'project'), isFilled(rows[2070], 'project')]).toEqual([null, true]);
    expect(rows[2070].hasUnreadable).toBe(true);
  });

  test('an empty string is blank, a line break typed in Windows shows as one \\n, and names leave the row readable', () => {
    expect(fieldOf(rows[2080], 'project')).toMatchObject({ raw: '', blank: true, state: 'blank', value: null });
    expect([filledTextOf(rows[2080], 'project'), isFilled(rows[2080], 'project')]).toEqual([null, false]);
    expect(fieldOf(rows[2085], 'project')).toMatchObject({ raw: '第一行\r\n第二行', text: '第一行\n第二行' });
    expect(rows[2090].hasUnreadable).toBe(false);
  });

  test('an ignored column past the limit reads its cell as typed too', () => {
    expect(fieldOf(rows[2095], 'notes')).toMatchObject({ field: 'notes', raw: '备注2095', text: '备注2095', value: '备注2095', blank: false });
  });

  test('a column the sheet lacks is neither filled nor has text', () => {
    expect([filledTextOf(rows[0], 'lead'), isFilled(rows[0], 'lead')]).toEqual([null, false]);
  });
});
