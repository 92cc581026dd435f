// Where an application is placed: the category, who may apply for it, the amount range and the
// figures some categories must reach.
import { check, findingsOf, rowOf, rulesOf } from '../helpers/workbook';
import { validRow } from '../helpers/rows';

describe('unknown-category and category-not-leaf (三)', () => {
  test('code and name together place the row on the leaf', () => {
    const result = check([validRow('3.1.1', { 申报类别: '3.1.1 青年科技论坛（沙龙）' })]);
    expect(rulesOf(result, 0)).toEqual([]);
    expect(rowOf(result, 0).category).toBe('3.1.1');
  });

  test('a category the guide does not have is an error on the category cell', () => {
    const result = check([validRow('3.1.1', { 申报类别: '9.9 太空探索' })]);
    const [found] = findingsOf(result, 0, 'unknown-category');
    expect(found).toMatchObject({ severity: 'error', clause: '三', header: '申报类别' });
    expect(found.message.zh).toContain('9.9 太空探索');
    // and says what would do instead: a code or name of the guide.
    expect(found.message.zh).toMatch(/请填写类别代码或名称/);
    expect(rowOf(result, 0).category).toBeNull();
  });

  test('a group (3.1) does not place the row, and the message lists its kinds', () => {
    const result = check([validRow('3.1.1', { 申报类别: '3.1' })]);
    const [found] = findingsOf(result, 0, 'category-not-leaf');
    expect(found.severity).toBe('error');
    expect(found.message.zh).toContain('3.1.1');
    expect(found.message.zh).toContain('3.1.3');
    expect(rowOf(result, 0).category).toBeNull();
    expect(rulesOf(result, 0)).not.toContain('unknown-category');
  });
});

describe('category-eligibility (四 申报主体)', () => {
  test('a university AST may not apply for 科技服务 (3.2.1)', () => {
    const result = check([validRow('3.2.1', { 申报单位: '湖南大学科协', 单位类型: '高校科协' })]);
    const [found] = findingsOf(result, 0, 'category-eligibility');
    expect(found.message.zh).toContain('高校科协');
    expect(found.message.zh).toContain('3.2.1');
    expect(found.header).toBe('申报类别');
  });

  test('a university AST may apply for 学术交流 (3.1.1), inherited from 3.1', () => {
    expect(rulesOf(check([validRow('3.1.1', { 申报单位: '湖南大学科协', 单位类型: '高校科协' })]), 0)).toEqual([]);
  });
});

describe('amount-range (四 经费安排): 3.1.1 funds 5–10 万元 a project', () => {
  test.each([5, 10, 7.5])('%s 万元 is within the range', (amount) => {
    expect(rulesOf(check([validRow('3.1.1', { '申请金额（万元）': amount })]), 0)).toEqual([]);
  });

  test.each([4.99, 10.01])('%s 万元 is outside it: a warning', (amount) => {
    const [found] = findingsOf(check([validRow('3.1.1', { '申请金额（万元）': amount })]), 0, 'amount-range');
    expect(found).toMatchObject({ severity: 'warning', clause: '四 经费安排' });
    expect(found.header).toContain('申请金额');
  });

  test('the message quotes the amount and says the range', () => {
    const [found] = findingsOf(check([validRow('3.1.1', { '申请金额（万元）': 12 })]), 0, 'amount-range');
    expect(found.message.zh).toBe('申请金额 12 万元不符合「青年科技论坛（沙龙）」的经费安排：每项 5–10 万元');
  });

  test('an amount below the range is not said to exceed it', () => {
    const [found] = findingsOf(check([validRow('3.1.2', { '申请金额（万元）': 2 })]), 0, 'amount-range');
    expect(found.message.zh).toContain('2 万元');
    expect(found.message.zh).toContain('5–10');
    expect(found.message.zh).not.toMatch(/超出|超过/);
  });

  test('an amount typed in yuan is converted first: 80000元 is 8 万元', () => {
    expect(rulesOf(check([validRow('3.1.1', { '申请金额（万元）': '80000元' })]), 0)).toEqual([]);
  });
});

describe('indicator (四 项目内容)', () => {
  test('2.1.2 院士专家5名以上: 5 passes, 4 is an error', () => {
    expect(rulesOf(check([validRow('2.1.2', { 院士专家人数: 5 })]), 0)).toEqual([]);
    const [found] = findingsOf(check([validRow('2.1.2', { 院士专家人数: 4 })]), 0, 'indicator');
    expect(found).toMatchObject({ severity: 'error', header: '院士专家人数' });
    expect(found.message.zh).toContain('5名以上');
  });

  test('3.1.1 执行主席年龄一般在40岁以下: 40 passes, 41 is a warning', () => {
    expect(rulesOf(check([validRow('3.1.1', { 执行主席年龄: 40 })]), 0)).toEqual([]);
    const result = check([validRow('3.1.1', { 执行主席年龄: 41 })]);
    expect(findingsOf(result, 0, 'indicator')[0].severity).toBe('warning');
    expect(rowOf(result, 0).verdict).toBe('attention');
  });

  test('an empty figure, or a sheet without its column, is reported as missing', () => {
    expect(findingsOf(check([validRow('2.1.2', { 院士专家人数: null })]), 0, 'indicator')).toHaveLength(1);
    const row = validRow('2.1.2');
    delete row['院士专家人数'];
    const [found] = findingsOf(check([row]), 0, 'indicator');
    expect(found.column).toBeUndefined();
    expect(found.header).toBe('院士专家人数');
    // Said of the sheet, not as if the category lacked something.
    expect(found.message.zh).toContain('表中没有这一列');
  });

  test('2.3 needs every one of its figures: each short one is its own finding', () => {
    const result = check([validRow('2.3', { 新增入驻资源数: 9999, 创新达人评选人数: 100 })]);
    expect(findingsOf(result, 0, 'indicator').map((f) => f.header)).toEqual(['新增入驻资源数']);
  });

  test('2.3 新增1万家: written as the guide writes it, 1万 passes and 0.99万 does not', () => {
    expect(rulesOf(check([validRow('2.3', { 新增入驻资源数: '1万' })]), 0)).toEqual([]);
    const [found] = findingsOf(check([validRow('2.3', { 新增入驻资源数: '0.99万' })]), 0, 'indicator');
    expect(found.header).toBe('新增入驻资源数');
  });

  test('other categories ignore figure columns', () => {
    expect(rulesOf(check([validRow('3.1.2', { 院士专家人数: 1 })]), 0)).toEqual([]);
  });
});

describe('focus-industry (四.(二).2): an emphasis, noted only', () => {
  test('a 2.2.1 alliance in 工程机械 is not noted', () => {
    expect(rulesOf(check([validRow('2.2.1', { 所属产业: '工程机械' })]), 0)).toEqual([]);
  });

  test.each(['新材料产业', '生物医药、新材料'])('%s names a focus industry too', (industry) => {
    expect(rulesOf(check([validRow('2.2.1', { 所属产业: industry })]), 0)).toEqual([]);
  });

  test('another industry is info and the row stays eligible', () => {
    const result = check([validRow('2.2.1', { 所属产业: '纺织服装' })]);
    expect(findingsOf(result, 0, 'focus-industry')[0].severity).toBe('info');
    expect(rowOf(result, 0).verdict).toBe('eligible');
  });
});
