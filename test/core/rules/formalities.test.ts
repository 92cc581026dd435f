// Deadlines, the city's review, the falsification list and what must be sent (一.4, 二.2–二.4).
import { check, findingsOf, rulesOf } from '../helpers/workbook';
import { validRow } from '../helpers/rows';
import { hunan2022Input, parsePack } from '../../../src/core/pack';

describe('completion-deadline (一.4: 2022年12月底前完成)', () => {
  test('2022-12-31 passes', () => {
    expect(rulesOf(check([validRow('3.1.1', { 计划完成日期: '2022-12-31' })]), 0)).toEqual([]);
  });

  test('2023-01-01 is an error quoting the date as typed', () => {
    const [found] = findingsOf(check([validRow('3.1.1', { 计划完成日期: '2023年1月1日' })]), 0, 'completion-deadline');
    expect(found).toMatchObject({ severity: 'error', clause: '一.4', header: '计划完成日期' });
    expect(found.message.zh).toContain('2023年1月1日');
    expect(found.message.zh).toContain('2022-12-31');
  });

  test('a month means its last day: 2022年12月 passes', () => {
    expect(rulesOf(check([validRow('3.1.1', { 计划完成日期: '2022年12月' })]), 0)).toEqual([]);
  });

  describe('除特别注明完成时限的项目外: a category the pack gives its own deadline', () => {
    // A made-up pack where 学术交流 (3.1) may run to mid-2023; its kinds inherit that, others do not.
    const pack = parsePack({
      ...hunan2022Input,
      categories: hunan2022Input.categories.map((c) => (c.code === '3.1' ? { ...c, completionDeadline: '2023-06-30' } : c)),
    });

    test('is held to that deadline, the day itself included', () => {
      expect(rulesOf(check([validRow('3.1.1', { 计划完成日期: '2023-06-30' })], {}, pack), 0)).toEqual([]);
      const [found] = findingsOf(check([validRow('3.1.1', { 计划完成日期: '2023-07-01' })], {}, pack), 0, 'completion-deadline');
      expect(found.message.zh).toContain('2023-06-30');
    });

    test('while other categories keep the round\'s 2022-12-31', () => {
      const [found] = findingsOf(check([validRow('3.4', { 计划完成日期: '2023-01-01' })], {}, pack), 0, 'completion-deadline');
      expect(found.message.zh).toContain('2022-12-31');
    });
  });
});

describe('city-review (二.2)', () => {
  test('a city AST reviewed and summarised passes', () => {
    expect(rulesOf(check([validRow('1', { 单位类型: '市州科协' })]), 0)).toEqual([]);
  });

  test('同级科协审核 = 否 is an error on that cell', () => {
    const [found] = findingsOf(check([validRow('1', { 单位类型: '市州科协', 同级科协审核: '否' })]), 0, 'city-review');
    expect(found).toMatchObject({ severity: 'error', clause: '二.2', header: '同级科协审核' });
  });

  test('an empty 财政部门汇总 is an error too', () => {
    const found = findingsOf(check([validRow('1', { 单位类型: '市州科协', 财政部门汇总: null })]), 0, 'city-review');
    expect(found.map((f) => f.header)).toEqual(['财政部门汇总']);
  });

  test('a provincial society applies directly', () => {
    expect(rulesOf(check([validRow('1', { 单位类型: '省级学会', 同级科协审核: '否' })]), 0)).toEqual([]);
  });

  test('which applicant types go through the review is the pack\'s word, not the code\'s', () => {
    const pack = parsePack({
      ...hunan2022Input,
      applicantTypes: hunan2022Input.applicantTypes.map((t) => ({ ...t, localReview: t.id === '省级学会' })),
    });
    const society = check([validRow('1', { 单位类型: '省级学会', 同级科协审核: '否' })], {}, pack);
    expect(findingsOf(society, 0, 'city-review').map((f) => f.header)).toEqual(['同级科协审核']);
    const city = check([validRow('1', { 单位类型: '市州科协', 同级科协审核: '否' })], {}, pack);
    expect(findingsOf(city, 0, 'city-review')).toEqual([]);
  });
});

describe('blacklist (二.3: 连续3年取消申报资格)', () => {
  const unit = '湖南省机械工程学会';
  test.each([2020, 2021, 2022])('a ban starting %s covers 2022', (year) => {
    const [found] = findingsOf(check([validRow('3.1.1')], { blacklist: [[unit, year]] }), 0, 'blacklist');
    expect(found).toMatchObject({ severity: 'error', clause: '二.3', header: '申报单位' });
    expect(found.message.zh).toContain(String(year));
  });

  test.each([2019, 2023])('a ban starting %s does not', (year) => {
    expect(rulesOf(check([validRow('3.1.1')], { blacklist: [[unit, year]] }), 0)).toEqual([]);
  });

  test('a ban listed in the pack itself is said to come from the rule pack, in Chinese', () => {
    const pack = parsePack({ ...hunan2022Input, blacklist: [{ unit, startYear: 2021 }] });
    const [found] = findingsOf(check([validRow('3.1.1')], {}, pack), 0, 'blacklist');
    expect(found.message.zh).toContain('规则包');
    expect(found.message.zh).not.toMatch(/pack/);
  });

  test('names match after normalising width and spaces, and a joint member counts', () => {
    const result = check([validRow('3.1.1', { 申报单位: `湖南省汽车工程学会、${unit}`, 牵头单位: '湖南省汽车工程学会' })], {
      blacklist: [['湖南省 机械工程学会', 2021]],
    });
    expect(rulesOf(result, 0)).toEqual(['blacklist']);
  });
});

describe('paper-copies, proof-materials, electronic-copy (二.4)', () => {
  test('一式三份: 3 copies pass, 2 fail', () => {
    expect(rulesOf(check([validRow('3.1.1', { 纸质版份数: 3 })]), 0)).toEqual([]);
    const [found] = findingsOf(check([validRow('3.1.1', { 纸质版份数: 2 })]), 0, 'paper-copies');
    expect(found).toMatchObject({ severity: 'error', clause: '二.4', header: '纸质版份数' });
    expect(found.message.zh).toContain('一式三份');
    expect(found.message.en).toContain('3 copies are required');
  });

  test('证明材料 = 否 fails', () => {
    expect(rulesOf(check([validRow('3.1.1', { 证明材料: '否' })]), 0)).toEqual(['proof-materials']);
  });

  test('an empty 电子版 fails', () => {
    expect(rulesOf(check([validRow('3.1.1', { 电子版: null })]), 0)).toEqual(['electronic-copy']);
  });

  test('an empty cell is said to be empty, a typed one is quoted: nothing reads as if the user typed 未填', () => {
    const [empty] = findingsOf(check([validRow('3.1.1', { 纸质版份数: null })]), 0, 'paper-copies');
    expect(empty.message.zh).toMatch(/^纸质版份数未填写/);
    expect(empty.message.zh).not.toMatch(/「未填/);
    const [typed] = findingsOf(check([validRow('3.1.1', { 证明材料: '无' })]), 0, 'proof-materials');
    expect(typed.message.zh).toMatch(/^证明材料为「无」/);
    const city = { 申报单位: '长沙市科协', 单位类型: '市州科协' };
    const [review] = findingsOf(check([validRow('1', { ...city, 同级科协审核: null })]), 0, 'city-review');
    expect(review.message.zh).toMatch(/^「同级科协审核」未填写/);
  });

  test('a sheet without these columns is not checked, and the user is told', () => {
    const row = validRow('3.1.1');
    delete row['证明材料'];
    const result = check([row]);
    expect(rulesOf(result, 0)).toEqual([]);
    expect(result.notices.map((n) => n.zh).join()).toContain('证明材料');
  });
});

describe('late-submission (二.4: 规定时间内)', () => {
  test('without a deadline the rule is off, and the user is told', () => {
    const result = check([validRow('3.1.1', { 提交日期: '2030-01-01' })]);
    expect(rulesOf(result, 0)).toEqual([]);
    expect(result.notices.map((n) => n.en).join()).toContain('late-submission');
  });

  test('with 申报截止日期 set on 设置: the deadline day passes, the day after fails', () => {
    const settings = { settings: { 申报截止日期: '2022-06-30' } };
    expect(rulesOf(check([validRow('3.1.1', { 提交日期: '2022-06-30' })], settings), 0)).toEqual([]);
    const [found] = findingsOf(check([validRow('3.1.1', { 提交日期: '2022-07-01' })], settings), 0, 'late-submission');
    expect(found).toMatchObject({ severity: 'error', header: '提交日期' });
    expect(found.message.zh).toContain('2022-06-30');
  });

  test('a deadline in the pack applies when 设置 sets none, and 设置 wins over it', () => {
    const pack = parsePack({ ...hunan2022Input, deadlines: { ...hunan2022Input.deadlines, submission: '2022-05-31' } });
    const late = check([validRow('3.1.1', { 提交日期: '2022-06-01' })], {}, pack);
    expect(findingsOf(late, 0, 'late-submission')).toHaveLength(1);
    const later = { settings: { 申报截止日期: '2022-06-30' } };
    expect(findingsOf(check([validRow('3.1.1', { 提交日期: '2022-06-01' })], later, pack), 0, 'late-submission')).toEqual([]);
  });
});

test('a sheet without the city columns is told so only when a city AST applies', () => {
  const society = check([validRow('3.1.1')]);
  expect(society.notices.map((n) => n.zh).join()).not.toContain('同级科协审核');
  const city = validRow('1', { 单位类型: '市州科协' });
  delete city['同级科协审核'];
  delete city['财政部门汇总'];
  const result = check([city]);
  expect(result.rows[0].findings).toEqual([]);
  expect(result.notices.map((n) => n.zh).join()).toContain('同级科协审核');
});
