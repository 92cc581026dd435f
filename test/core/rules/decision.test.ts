// What was decided against what the guide allows: approvals of ineligible rows and amounts.
import { check, findingsOf, rowOf, rulesOf } from '../helpers/workbook';
import { validRow } from '../helpers/rows';

const approve = (amount: number | null) => ({ 评审结果: '批准', '批准金额（万元）': amount });

describe('approved-ineligible', () => {
  test('approving a row with an error is an error naming that error', () => {
    const result = check([validRow('3.1.1', { ...approve(8), 电子版: '否' })]);
    const [found] = findingsOf(result, 0, 'approved-ineligible');
    expect(found.severity).toBe('error');
    expect(found.message.zh).toContain('electronic-copy');
  });

  test('the error is named in Chinese as well as by its id, once however often it occurs', () => {
    const result = check([validRow('3.1.1', { ...approve(8), 同级科协审核: '否', 财政部门汇总: '否', 单位类型: '市州科协', 申报单位: '长沙市科协' })]);
    const [found] = findingsOf(result, 0, 'approved-ineligible');
    expect(found.message.zh).toContain('市州审核汇总（city-review）');
    expect(found.message.zh.match(/city-review/g)).toHaveLength(1);
  });

  test('approving a row with only a warning is not', () => {
    const result = check([validRow('3.1.1', { '申请金额（万元）': 8, ...approve(8), 执行主席年龄: 45 })]);
    expect(rulesOf(result, 0)).toEqual(['indicator']);
  });

  test('rejecting an ineligible row is fine', () => {
    const result = check([validRow('3.1.1', { 评审结果: '不批准', 电子版: '否' })]);
    expect(rulesOf(result, 0)).toEqual(['electronic-copy']);
    expect(rowOf(result, 0).decision).toBe('rejected');
  });
});

describe('approved-amount-missing', () => {
  test('an approval without 批准金额 is an error', () => {
    expect(rulesOf(check([validRow('3.1.1', approve(null))]), 0)).toEqual(['approved-amount-missing']);
  });

  test('a pending row needs no amount', () => {
    expect(rulesOf(check([validRow('3.1.1', { 评审结果: '待定' })]), 0)).toEqual([]);
  });
});

describe('approved-amount-range (四 经费安排): 3.1.1 is 5–10 万元', () => {
  test.each([5, 10])('%s 万元 approved is within the range', (amount) => {
    expect(rulesOf(check([validRow('3.1.1', { '申请金额（万元）': 10, ...approve(amount) })]), 0)).toEqual([]);
  });

  test('11 万元 approved is an error', () => {
    const result = check([validRow('3.1.1', { '申请金额（万元）': 10, ...approve(11) })]);
    expect(findingsOf(result, 0, 'approved-amount-range')[0].severity).toBe('error');
  });
});

describe('approved-over-request', () => {
  test('approving more than requested is a warning', () => {
    const result = check([validRow('3.1.1', { '申请金额（万元）': 8, ...approve(9) })]);
    expect(rulesOf(result, 0)).toEqual(['approved-over-request']);
    expect(rowOf(result, 0).verdict).toBe('attention');
  });

  test('approving exactly what was requested is fine', () => {
    expect(rulesOf(check([validRow('3.1.1', { '申请金额（万元）': 8, ...approve(8) })]), 0)).toEqual([]);
  });
});
