// How the reader hands a row's cells to the rules: a plain record of fields by column key, each
// cell read by its column's type, empty cells read alike, and free text kept as typed.
import { hunan2022 } from '../../../src/core/pack';
import { readSubmissions } from '../../../src/core/read';
import type { CellValue } from '../../../src/core/types';
import { sheet, workbook } from './grid-helpers';

const HEADERS = ['申报单位', '申报类别', '申请金额（万元）', '备注'];

function read(rows: CellValue[][]) {
  return readSubmissions(workbook(sheet('申报汇总', [HEADERS, ...rows])), hunan2022).applications;
}

test('a cell that cannot be read as its type carries the reason; a readable one does not', () => {
  const [bad, good] = read([
    ['甲学会', '1', '十万', null],
    ['乙学会', '1', 8, null],
  ]);
  expect(bad.fields.requested.error).toBeDefined();
  expect(bad.fields.requested.state).toBe('unreadable');
  expect(good.fields.requested).toMatchObject({ value: 8, state: 'value' });
  expect(good.fields.requested.error).toBeUndefined();
});

test('an Excel error value is unreadable too', () => {
  const [row] = read([['甲学会', '1', { error: '#N/A' }, null]]);
  expect(row.fields.requested.error).toBeDefined();
});

test('the same value on two rows reads the same; an empty cell cannot be changed through a row', () => {
  const [first, second] = read([
    ['甲学会', '1', 8, null],
    ['乙学会', '1', 8, null],
  ]);
  expect(second.fields.requested).toEqual(first.fields.requested);
  expect(Object.isFrozen(first.fields.notes)).toBe(true);
  expect(first.fields.notes).toMatchObject({ blank: true, raw: null, text: '', value: null });
});

test('0 and -0 are read apart', () => {
  const [zero, negativeZero] = read([
    ['甲学会', '1', 0, null],
    ['乙学会', '1', -0, null],
  ]);
  expect(Object.is(zero.fields.requested.value, 0)).toBe(true);
  expect(Object.is(negativeZero.fields.requested.raw, -0)).toBe(true);
  expect(Object.is(negativeZero.fields.requested.value, -0)).toBe(true);
});

describe("a row's fields", () => {
  const rows = read([
    ['甲学会', '1', 8, '第一行备注'],
    ['乙学会', '1.1', { error: '#REF!' }, '第二行备注'],
  ]);

  test('each row has its own cell of every column, the ignored 备注 included', () => {
    expect(rows.map((r) => r.fields.unit.text)).toEqual(['甲学会', '乙学会']);
    expect(rows.map((r) => r.fields.notes.text)).toEqual(['第一行备注', '第二行备注']);
    expect(rows[1].fields.requested).toMatchObject({ column: 3, header: '申请金额（万元）', raw: { error: '#REF!' }, value: null });
  });

  test('are a plain record: looked up by key, listed by key, absent for a column the sheet lacks', () => {
    const key: string = 'category';
    expect(rows[0].fields[key].value).toBe('1');
    expect(rows[0].fields.project).toBeUndefined();
    expect(Object.keys(rows[0].fields).sort()).toEqual(['category', 'notes', 'requested', 'unit']);
    expect({ ...rows[0] }).toEqual(rows[0]);
  });
});

describe('free text (project names)', () => {
  const names = Array.from({ length: 2100 }, (_, i) => [`甲学会`, '1', 8, `备注${i}`, `第${i}个项目`] as CellValue[]);
  names[2050][4] = '  两头有空格的项目  ';
  names[2060][4] = '   ';
  names[2070][4] = { error: '#VALUE!' };
  names[2080][4] = '';
  names[2085][4] = '第一行\r\n第二行';
  const rows = readSubmissions(workbook(sheet('申报汇总', [[...HEADERS, '项目名称'], ...names])), hunan2022).applications;

  test('a name as typed reads as a whole field: column, header, text, value', () => {
    expect(rows[2090].fields.project).toEqual({
      field: 'project',
      column: 5,
      header: '项目名称',
      raw: '第2090个项目',
      text: '第2090个项目',
      blank: false,
      value: '第2090个项目',
      state: 'value',
    });
  });

  test('a name with spaces around is shown trimmed; only spaces is blank; an error is unreadable', () => {
    expect(rows[2050].fields.project).toMatchObject({ raw: '  两头有空格的项目  ', text: '两头有空格的项目', value: '两头有空格的项目' });
    expect(rows[2060].fields.project).toMatchObject({ blank: true, state: 'blank' });
    expect(rows[2070].fields.project.error).toBeDefined();
  });

  test('an empty string is blank, and a line break typed in Windows shows as one \\n', () => {
    expect(rows[2080].fields.project).toMatchObject({ raw: '', blank: true, state: 'blank', value: null });
    expect(rows[2085].fields.project).toMatchObject({ raw: '第一行\r\n第二行', text: '第一行\n第二行' });
  });

  test('an ignored column reads its cell as typed too', () => {
    expect(rows[2095].fields.notes).toMatchObject({ field: 'notes', raw: '备注2095', text: '备注2095', value: '备注2095', blank: false });
  });
});
