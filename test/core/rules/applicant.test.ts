// Who applies: required fields, the applicant type (given, guessed or wrong) and unreadable cells.
import { check, findingsOf, rowOf, rulesOf } from '../helpers/workbook';
import { validRow } from '../helpers/rows';

describe('required-field (一.2)', () => {
  test('a complete row has no finding', () => {
    expect(rulesOf(check([validRow()]), 0)).toEqual([]);
  });

  test.each(['申报单位', '申报类别', '项目名称', '申请金额（万元）', '计划完成日期'])('an empty %s is one error on its cell', (header) => {
    const result = check([validRow('3.1.1', { [header]: null })]);
    const found = findingsOf(result, 0, 'required-field');
    expect(found).toHaveLength(1);
    // The header as the sheet has it (the reader may show brackets at half width).
    const column = result.columns.find((c) => c.header.startsWith(header.slice(0, 4)))!;
    expect(found[0]).toMatchObject({ severity: 'error', clause: '一.2', row: 2, column: column.column, header: column.header });
    expect(found[0].message.zh).toContain(column.header);
  });

  test('a column the sheet lacks is reported without a column number', () => {
    const row = validRow();
    delete row['计划完成日期'];
    const [found] = findingsOf(check([row]), 0, 'required-field');
    expect(found.header).toBe('计划完成日期');
    expect(found.column).toBeUndefined();
  });

  test('an unreadable amount is bad-value only, not also missing', () => {
    const result = check([validRow('3.1.1', { '申请金额（万元）': '八万块左右' })]);
    expect(findingsOf(result, 0, 'required-field')).toEqual([]);
    const [bad] = findingsOf(result, 0, 'bad-value');
    expect(bad.message.zh).toContain('八万块左右');
    expect(bad.header).toContain('申请金额');
  });
});

describe('bad-value (一.2)', () => {
  test('an Excel error cell (#N/A) is unreadable, not missing', () => {
    const result = check([validRow('3.1.1', { 项目名称: { error: '#N/A' } })]);
    expect(rulesOf(result, 0)).toEqual(['bad-value']);
    expect(findingsOf(result, 0, 'bad-value')[0].message.zh).toContain('#N/A');
  });

  test('the message names the column and quotes the cell once, without repeating itself', () => {
    const [found] = findingsOf(check([validRow('3.1.1', { 纸质版份数: '两三份' })]), 0, 'bad-value');
    expect(found.message.zh.split('两三份')).toHaveLength(2);
    expect(found.message.zh.split('纸质版份数')).toHaveLength(2);
    expect(found.message.en.split('两三份')).toHaveLength(2);
  });

  test('an amount in words reads as one plain sentence: the column, the cell as typed, what it is not', () => {
    const [found] = findingsOf(check([validRow('3.1.1', { '申请金额（万元）': '八万块左右' })]), 0, 'bad-value');
    expect(found.message.zh).toBe('「申请金额（万元）」的内容「八万块左右」不是金额，请改正');
  });


  test('a date that is not a date and a yes/no that is neither are each reported, quoting the cell', () => {
    const result = check([validRow('3.1.1', { 计划完成日期: '年底前后', 证明材料: '也许' })]);
    const found = findingsOf(result, 0, 'bad-value');
    expect(found.map((f) => f.header).sort()).toEqual(['计划完成日期', '证明材料'].sort());
    expect(found.map((f) => f.message.zh).join()).toContain('年底前后');
    expect(found.map((f) => f.message.zh).join()).toContain('也许');
    // The unreadable 证明材料 is not also "not 是".
    expect(findingsOf(result, 0, 'proof-materials')).toEqual([]);
  });
});

describe('unit-type (一.1)', () => {
  test('县级科协 may not apply', () => {
    const [found] = findingsOf(check([validRow('3.1.1', { 单位类型: '县级科协' })]), 0, 'unit-type');
    expect(found).toMatchObject({ severity: 'error', clause: '一.1', header: '单位类型' });
    expect(found.message.zh).toContain('县级科协');
  });

  // rules.md's table of applicant types, every accepted spelling.
  test.each([
    ...['省级学会', '省级协会', '省级研究会', '学会', '协会', '研究会', 'provincial society'].map((s) => [s, '省级学会']),
    ...['市州科协', '市科协', '州科协', '市级科协', 'city AST'].map((s) => [s, '市州科协']),
    ...['高校科协', '大学科协', '学院科协', 'university AST'].map((s) => [s, '高校科协']),
  ])('%s is accepted as %s', (spelling, type) => {
    const result = check([validRow('1', { 单位类型: spelling, 申报单位: '某单位' })]);
    expect(rulesOf(result, 0)).not.toContain('unit-type');
    expect(rowOf(result, 0).unitType).toBe(type);
  });

  test.each(['县级科协', '企业', '全国学会', '高校', '个人'])('%s is not an applicant type: an error', (spelling) => {
    expect(findingsOf(check([validRow('3.1.1', { 单位类型: spelling })]), 0, 'unit-type')).toHaveLength(1);
  });

  test('an accepted spelling (协会) is a provincial society', () => {
    const result = check([validRow('3.1.1', { 单位类型: '协会' })]);
    expect(rulesOf(result, 0)).toEqual([]);
    expect(rowOf(result, 0).unitType).toBe('省级学会');
  });
});

describe('unit-type-guess (一.1)', () => {
  test('an empty type is guessed from the name, said as a warning, and not reported missing', () => {
    const result = check([validRow('1', { 申报单位: '株洲市科协', 单位类型: null, 同级科协审核: '是', 财政部门汇总: '是' })]);
    expect(rulesOf(result, 0)).toEqual(['unit-type-guess']);
    expect(rowOf(result, 0).unitType).toBe('市州科协');
    expect(rowOf(result, 0).verdict).toBe('attention');
    expect(findingsOf(result, 0, 'unit-type-guess')[0].message.zh).toContain('株洲市科协');
  });

  test('the guessed type is what the other rules check (a city must show its review)', () => {
    const result = check([validRow('1', { 申报单位: '株洲市科协', 单位类型: null, 同级科协审核: '否', 财政部门汇总: '是' })]);
    expect(rulesOf(result, 0)).toContain('city-review');
  });

  test('an empty type and a name that says nothing is a missing field', () => {
    const result = check([validRow('3.1.1', { 申报单位: '长沙某某科技有限公司', 单位类型: null })]);
    expect(rulesOf(result, 0)).toContain('required-field');
    expect(rulesOf(result, 0)).not.toContain('unit-type-guess');
  });

  test('a name that clearly says another type than the one given is a warning', () => {
    const result = check([validRow('1', { 申报单位: '湘潭市科协', 单位类型: '省级学会' })]);
    const [found] = findingsOf(result, 0, 'unit-type-guess');
    expect(found.severity).toBe('warning');
    expect(found.message.zh).toContain('省级学会');
    expect(found.message.en).toBe(
      'The name "湘潭市科协" says the applicant type is City/prefecture AST, but the type given is Provincial society',
    );
  });

  test('a name that agrees with the type given is fine', () => {
    expect(rulesOf(check([validRow('3.1.1', { 申报单位: '湖南省计算机学会', 单位类型: '省级学会' })]), 0)).toEqual([]);
  });
});
