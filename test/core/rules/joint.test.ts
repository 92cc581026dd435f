// Joint applications (一.3) and who carries the project out (一.5).
import { check, findingsOf, rulesOf } from '../helpers/workbook';
import { validRow } from '../helpers/rows';

const JOINT = '湖南省机械工程学会、湖南省汽车工程学会';

describe('joint-lead (一.3)', () => {
  test('two units without a lead unit is an error on the lead cell', () => {
    const result = check([validRow('3.1.1', { 申报单位: JOINT, 牵头单位: null })]);
    const [found] = findingsOf(result, 0, 'joint-lead');
    expect(found).toMatchObject({ severity: 'error', clause: '一.3', header: '牵头单位' });
  });

  test.each(['，', ',', ';', '；', '/', '\n'])('units split by %j are a joint application', (sep) => {
    const result = check([validRow('3.1.1', { 申报单位: `湖南省机械工程学会${sep}湖南省汽车工程学会` })]);
    expect(rulesOf(result, 0)).toContain('joint-lead');
  });

  test('联合申报 = 是 makes it joint even with one unit named', () => {
    expect(rulesOf(check([validRow('3.1.1', { 联合申报: '是' })]), 0)).toContain('joint-lead');
  });

  test('a joint application naming one of its units as lead passes', () => {
    expect(rulesOf(check([validRow('3.1.1', { 申报单位: JOINT, 牵头单位: '湖南省汽车工程学会' })]), 0)).toEqual([]);
  });

  test('a single unit needs no lead', () => {
    expect(rulesOf(check([validRow('3.1.1', { 牵头单位: null })]), 0)).toEqual([]);
  });
});

describe('joint-lead-mismatch (一.3)', () => {
  test('a lead unit that is not among the applicants is a warning', () => {
    const [found] = findingsOf(check([validRow('3.1.1', { 申报单位: JOINT, 牵头单位: '湖南省化学化工学会' })]), 0, 'joint-lead-mismatch');
    expect(found.severity).toBe('warning');
    expect(found.message.zh).toContain('湖南省化学化工学会');
  });

  test('the lead matches after normalising width and spaces', () => {
    expect(rulesOf(check([validRow('3.1.1', { 申报单位: JOINT, 牵头单位: ' 湖南省汽车工程学会 ' })]), 0)).toEqual([]);
  });
});

describe('subcontract (一.5)', () => {
  test('是否转包 = 是 is an error', () => {
    const [found] = findingsOf(check([validRow('3.1.1', { 是否转包: '是' })]), 0, 'subcontract');
    expect(found).toMatchObject({ severity: 'error', clause: '一.5', header: '是否转包' });
  });

  test('是否转包 = 否 with the applicant executing passes', () => {
    expect(rulesOf(check([validRow('3.1.1', { 是否转包: '否', 执行单位: '湖南省机械工程学会' })]), 0)).toEqual([]);
  });

  test('another executing unit is an error that names it', () => {
    const [found] = findingsOf(check([validRow('3.1.1', { 执行单位: '长沙某会展公司' })]), 0, 'subcontract');
    expect(found.header).toBe('执行单位');
    expect(found.message.zh).toContain('长沙某会展公司');
  });

  test.each(['本单位', '申报单位本级', '本级'])('执行单位 %s says the applicant itself carries it out', (self) => {
    expect(rulesOf(check([validRow('3.1.1', { 执行单位: self })]), 0)).toEqual([]);
  });

  test('a joint application is executed by its lead, not by another member', () => {
    const lead = { 申报单位: JOINT, 牵头单位: '湖南省汽车工程学会' };
    expect(rulesOf(check([validRow('3.1.1', { ...lead, 执行单位: '湖南省汽车工程学会' })]), 0)).toEqual([]);
    expect(rulesOf(check([validRow('3.1.1', { ...lead, 执行单位: '湖南省机械工程学会' })]), 0)).toContain('subcontract');
  });
});
