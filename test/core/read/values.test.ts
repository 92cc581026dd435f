import { hunan2022 } from '../../../src/core/pack';
import { readCell } from '../../../src/core/read';
import type { CellValue, ColumnType, MappedColumn } from '../../../src/core/types';

const column = (type: ColumnType, header: string, unit?: 'wan' | 'yuan'): MappedColumn => ({ field: 'f', column: 3, header, type, unit });
const read = (type: ColumnType, raw: CellValue, header = '列', unit?: 'wan' | 'yuan') => readCell(raw, column(type, header, unit), hunan2022);
const value = (type: ColumnType, raw: CellValue, unit?: 'wan' | 'yuan') => read(type, raw, '列', unit).value;

describe('amounts, in 万元', () => {
  test.each<[CellValue, number]>([
    [10, 10],
    ['10', 10],
    ['１０', 10],
    ['1,000.5万元', 1000.5],
    ['1，000.5万元', 1000.5],
    ['8万', 8],
    [' 7.5 万元 ', 7.5],
    ['0', 0],
  ])('%p reads as %p 万元', (raw, wan) => expect(value('amount', raw)).toBe(wan));

  test('yuan in the cell are divided by 10,000, whatever the header says', () => {
    expect(value('amount', '50000元')).toBe(5);
    expect(value('amount', '50,000元', 'wan')).toBe(5);
  });
  test('a 万 in the cell wins over a header in yuan', () => expect(value('amount', '5万元', 'yuan')).toBe(5));
  test('a bare number under a header in yuan is yuan', () => expect(value('amount', 120000, 'yuan')).toBe(12));

  test.each<CellValue>(['十万', 'abc', '1,00', '-5', -5, '5万美元', true])('%p is not an amount', (raw) => {
    const field = read('amount', raw, '申请金额');
    expect(field.value).toBeNull();
    // The reason alone: bad-value's message names the column and quotes the cell (field.text) around it.
    expect(field.error).toEqual({ zh: '不是金额', en: 'is not an amount' });
  });
});

describe('dates, as ISO', () => {
  test.each<[CellValue, string]>([
    [44926, '2022-12-31'],
    [44926.75, '2022-12-31'],
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [new Date(Date.UTC(2022, 11, 31)), '2022-12-31'],
    ['2022-12-31', '2022-12-31'],
    ['2022/12/31', '2022-12-31'],
    ['2022.12.31', '2022-12-31'],
    ['2022年12月31日', '2022-12-31'],
    ['２０２２年１２月３１日', '2022-12-31'],
    ['2022-6-1', '2022-06-01'],
    ['2022-12', '2022-12-31'],
    ['2022年12月', '2022-12-31'],
    ['2022年2月', '2022-02-28'],
    ['2024年2月', '2024-02-29'],
    ['2022年12月底', '2022-12-31'],
    ['2022-12-31 00:00:00', '2022-12-31'],
  ])('%p is %s', (raw, iso) => expect(value('date', raw)).toBe(iso));

  test('serial 60 is Excel’s phantom 1900-02-29, a day that never was: refused', () =>
    expect(read('date', 60).error).toBeDefined());

  test.each<CellValue>(['2022-02-30', '2022-13-01', '2023-02-29', '2022年13月', '明年', '31/12/2022x', 0, -1, true])(
    '%p is not a date',
    (raw) => {
      const field = read('date', raw, '计划完成日期');
      expect(field.value).toBeNull();
      expect(field.error?.zh).toBe('不是日期');
    },
  );
});

describe('yes and no', () => {
  test.each<CellValue>(['是', '有', 'Y', 'y', 'Ｙ', 'yes', 'YES', 'true', 'TRUE', '√', '✓', '1', 1, true])('%p is yes', (raw) =>
    expect(value('yesno', raw)).toBe(true),
  );
  test.each<CellValue>(['否', '无', 'N', 'no', 'False', '×', '✗', '0', 0, false])('%p is no', (raw) => expect(value('yesno', raw)).toBe(false));
  test.each<CellValue>(['也许', '2', 2, '是的吧'])('%p is neither', (raw) => expect(read('yesno', raw, '证明材料').error?.zh).toBe('不是“是”或“否”'));
});

describe('counts and numbers', () => {
  test.each<[CellValue, number]>([
    [3, 3],
    ['3', 3],
    ['３', 3],
    ['3份', 3],
    ['三', 3],
    ['一式三份', 3],
    [0, 0],
  ])('count %p is %p', (raw, n) => expect(value('count', raw)).toBe(n));
  test.each<CellValue>([2.5, -1, '两三份', 'many'])('count %p is refused', (raw) => expect(read('count', raw).error).toBeDefined());
  test.each<[CellValue, number]>([
    [38.5, 38.5],
    ['50人', 50],
    ['10,000', 10000],
    ['-2', -2],
    // The guide's own way of writing 新增1万家.
    ['1万', 10000],
    ['1.2万家', 12000],
    ['0.5万人', 5000],
  ])('number %p is %p', (raw, n) => expect(value('number', raw)).toBe(n));
  test.each<CellValue>(['万', '万家', '1万万'])('number %p is refused', (raw) => expect(read('number', raw).error).toBeDefined());
});

describe('applicant types: a spelling gives the canonical type; anything else is left to the unit-type rule', () => {
  test.each([
    ['省级学会', '省级学会'],
    ['研究会', '省级学会'],
    ['Provincial Society', '省级学会'],
    ['市科协', '市州科协'],
    ['州科协', '市州科协'],
    ['大学科协', '高校科协'],
    [' 高校 科协 ', '高校科协'],
  ])('%s → %s', (raw, id) => expect(value('applicantType', raw)).toBe(id));
  test('an unknown type reads as null without a bad-value error', () => {
    const field = read('applicantType', '县级科协');
    expect(field.value).toBeNull();
    expect(field.error).toBeUndefined();
  });
});

describe('categories: code, name, alias or both, at any level', () => {
  test.each<[CellValue, string]>([
    ['3.1.1', '3.1.1'],
    ['3.1.1 青年科技论坛（沙龙）', '3.1.1'],
    ['３．１．１　青年科技论坛(沙龙)', '3.1.1'],
    ['青年科技论坛【沙龙】', '3.1.1'],
    ['科技服务（服务乡村振兴）', '3.2.1'],
    ['服务乡村振兴', '3.2.1'],
    ['学会两化建设', '3.3.2'],
    ['科创中国湖南中心建设', '2.3'],
    ['会地合作', '3.4'],
    ['3.1', '3.1'],
    [3.1, '3.1'],
    [1, '1'],
    ['学术交流', '3.1'],
  ])('%p → %s', (raw, code) => expect(value('category', raw)).toBe(code));
  test('a category that matches nothing reads as null without a bad-value error', () => {
    expect(read('category', '9.9.9 不存在的类别').value).toBeNull();
    expect(read('category', '随便').error).toBeUndefined();
  });
});

describe('decisions', () => {
  test.each([
    ['批准', 'approved'],
    ['通过', 'approved'],
    ['立项', 'approved'],
    ['同意', 'approved'],
    ['是', 'approved'],
    ['不批准', 'rejected'],
    ['不通过', 'rejected'],
    ['不予立项', 'rejected'],
    ['否', 'rejected'],
    ['待定', 'pending'],
    ['待审', 'pending'],
  ])('%s is %s', (raw, decision) => expect(value('decision', raw)).toBe(decision));
  test('an empty decision is pending', () => expect(read('decision', null)).toMatchObject({ blank: true, value: 'pending' }));
  test('other words are a bad value', () => expect(read('decision', '再议', '评审结果').error?.zh).toMatch(/^不是评审结果/));
});

describe('any cell', () => {
  test.each<ColumnType>(['amount', 'date', 'yesno', 'count', 'number', 'decision', 'text', 'applicantType', 'category'])(
    'an error cell (#N/A) in a %s column is a bad value quoting the error',
    (type) => {
      const field = read(type, { error: '#N/A' }, '表头');
      expect(field.value).toBeNull();
      expect(field.text).toBe('#N/A');
      expect(field.error?.zh).toMatch(/^是Excel错误值/);
    },
  );
  test('an error cell in an ignored column (序号, 备注) is not judged', () =>
    expect(read('ignored', { error: '#REF!' }).error).toBeUndefined());
  test.each<CellValue>([null, '', '   ', '　'])('%p is blank, with no value and no error', (raw) => {
    const field = read('amount', raw);
    expect(field).toMatchObject({ blank: true, value: null });
    expect(field.error).toBeUndefined();
  });
  // Shown back as typed (only trimmed): matching normalises for itself (matchKey), not the field.
  test('the field keeps the raw cell, its text as typed but trimmed, the header and the column', () =>
    expect(read('text', '  湖南省  机械工程学会（１） ', '申报单位')).toEqual({
      field: 'f',
      column: 3,
      header: '申报单位',
      raw: '  湖南省  机械工程学会（１） ',
      text: '湖南省  机械工程学会（１）',
      blank: false,
      value: '湖南省  机械工程学会（１）',
      state: 'value',
    }));
  test.each<[string, CellValue, string]>([
    ['amount', 8, 'value'],
    ['amount', '   ', 'blank'],
    ['decision', null, 'blank'],
    ['amount', '十万', 'unreadable'],
    ['date', { error: '#N/A' }, 'unreadable'],
  ])('a %s cell %p is %s to the rules', (type, raw, state) => expect(read(type as ColumnType, raw).state).toBe(state));
});
