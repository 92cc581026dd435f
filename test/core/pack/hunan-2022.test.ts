import { hunan2022, hunan2022Input, packIndex, parsePack } from '../../../src/core/pack';
import { matchKey } from '../../../src/core/text/normalise';

// rules.md's category table, transcribed: [code, name, count, per, budget, who].
type Row = [string, string, [number, number] | null, [number, number] | null, number | null, string[] | null];
const S = '省级学会';
const C = '市州科协';
const U = '高校科协';
const TABLE: Row[] = [
  ['1', '第24届中国科协年会服务引导项目', [5, 8], [5, 10], 50, [S, C]],
  ['2', '“科创中国”湖南行动引导项目', [9, 9], null, 200, null],
  ['2.1', '湖南科技论坛及院士专家市州行活动', [4, 4], [10, 10], 40, [C, S, U]],
  ['2.1.1', '湖南科技论坛', null, [10, 10], null, null],
  ['2.1.2', '院士专家市州行活动', null, [10, 10], null, null],
  ['2.2', '科技创新联盟和科协工作联盟建设', [4, 4], [20, 30], 100, [S, C]],
  ['2.2.1', '科技创新联盟建设', [3, 3], [20, 30], null, null],
  ['2.2.2', '科协工作联盟建设', [1, 1], [20, 30], null, null],
  ['2.3', '“科创中国”湖南中心建设', [1, 1], [60, 60], 60, [S]],
  ['3', '学会创新发展引导项目', [37, 37], null, 310, null],
  ['3.1', '学术交流', [10, 10], [5, 10], 80, [S, U]],
  ['3.1.1', '青年科技论坛（沙龙）', [4, 4], [5, 10], null, null],
  ['3.1.2', '高端学术活动', [5, 5], [5, 10], null, null],
  ['3.1.3', '科技期刊建设', [1, 1], [5, 10], null, null],
  ['3.2', '科技服务', [10, 10], [10, 10], 100, [S]],
  ['3.2.1', '科技服务·服务乡村振兴', [5, 5], [10, 10], null, [S]],
  ['3.2.2', '科技服务·服务企业科技创新', [5, 5], [10, 10], null, [S]],
  ['3.3', '学会建设', [14, 14], [5, 20], 100, [S]],
  ['3.3.1', '学会党建', [3, 3], [5, 20], null, [S]],
  ['3.3.2', '学会“两化”建设', [3, 3], [5, 20], null, [S]],
  ['3.3.3', '学会（高校科协）联合体建设', [4, 4], [5, 20], null, [S]],
  ['3.3.4', '学会承接政府转移职能', [3, 3], [5, 20], null, [S]],
  ['3.3.5', '学会服务平台建设', [1, 1], [5, 20], null, [S]],
  ['3.4', '“会地”合作', [3, 3], [10, 10], 30, [S, C]],
];

const index = packIndex(hunan2022);

/** Who may apply, following `who: null` up to the nearest node that says. */
function whoMayApply(code: string): string[] {
  for (const node of [index.byCode.get(code)!, ...index.ancestors(code)]) if (node.who) return node.who;
  return [];
}

test('the built-in pack passes its own schema', () => {
  expect(() => parsePack(hunan2022Input, 'hunan-2022')).not.toThrow();
  expect(hunan2022.id).toBe('hunan-2022');
  expect(hunan2022.year).toBe(2022);
});

test('the tree has exactly the nodes of rules.md, and the leaves an application may name', () => {
  expect(hunan2022.categories.map((c) => c.code)).toEqual(TABLE.map((r) => r[0]));
  expect(index.leaves.map((c) => c.code)).toEqual(
    ['1', '2.1.1', '2.1.2', '2.2.1', '2.2.2', '2.3', '3.1.1', '3.1.2', '3.1.3', '3.2.1', '3.2.2', '3.3.1', '3.3.2', '3.3.3', '3.3.4', '3.3.5', '3.4'],
  );
});

describe.each(TABLE)('node %s %s', (code, name, count, per, budget, who) => {
  const node = hunan2022.categories.find((c) => c.code === code)!;
  test('name, count, per-project range and budget are as rules.md says', () => {
    expect(node.name).toBe(name);
    expect(node.count).toEqual(count && { min: count[0], max: count[1] });
    expect(node.per).toEqual(per && { min: per[0], max: per[1] });
    expect(node.budget).toBe(budget);
  });
  test('who may apply is as rules.md says (children of 2 and 3 say it themselves)', () => {
    if (who) expect(new Set(whoMayApply(code))).toEqual(new Set(who));
    else if (index.isLeaf(code)) expect(whoMayApply(code)).toEqual(whoMayApply(node.parent!));
  });
  test('it names its clause of the guide and has an English name', () => {
    expect(node.clause).toMatch(/^四\.\([一二三]\)(\.\d(\.[①-⑤])?)?$/);
    expect(node.en.length).toBeGreaterThan(0);
  });
});

test('the counts and budgets of parents 2 and 3 are the sums of their children', () => {
  for (const parent of ['2', '3']) {
    const children = index.children(parent);
    expect(children.reduce((sum, c) => sum + c.count!.max, 0)).toBe(index.byCode.get(parent)!.count!.max);
    expect(children.reduce((sum, c) => sum + c.budget!, 0)).toBe(index.byCode.get(parent)!.budget);
  }
});

test('leaves with their own counts add up to their parent’s count (2.2, 3.1, 3.2, 3.3)', () => {
  for (const parent of ['2.2', '3.1', '3.2', '3.3']) {
    const sum = index.children(parent).reduce((s, c) => s + c.count!.max, 0);
    expect(sum).toBe(index.byCode.get(parent)!.count!.max);
  }
});

test('the grand total is 560 万元, the sum of the three top-level budgets', () => {
  expect(hunan2022.total.budget).toBe(560);
  const top = hunan2022.categories.filter((c) => c.parent === null);
  expect(top.reduce((sum, c) => sum + c.budget!, 0)).toBe(560);
});

test('the heading-versus-body reading of 三.(三) is written down in the pack and on the nodes concerned', () => {
  expect(hunan2022.notes.join()).toMatch(/学会承接政府转移职能/);
  expect(index.byCode.get('3.3.4')!.note).toMatch(/正文为准/);
  expect(index.byCode.get('3.4')!.note).toMatch(/会地/);
  expect(index.byCode.get('3.3.4')!.parent).toBe('3.3');
});

test('aliases people write are listed for the rural-revitalisation services', () => {
  const aliases = index.byCode.get('3.2.1')!.aliases.map(matchKey);
  expect(aliases).toEqual(expect.arrayContaining([matchKey('科技服务（服务乡村振兴）'), matchKey('服务乡村振兴')]));
});

test('the three applicant types and their spellings are those of rules.md', () => {
  const byId = Object.fromEntries(hunan2022.applicantTypes.map((t) => [t.id, t.spellings]));
  expect(Object.keys(byId).sort()).toEqual([S, C, U].sort());
  expect(byId[S]).toEqual(expect.arrayContaining(['省级协会', '省级研究会', '学会', '协会', '研究会', 'provincial society']));
  expect(byId[C]).toEqual(expect.arrayContaining(['市科协', '州科协', '市级科协', 'city AST'.toLowerCase()]));
  expect(byId[U]).toEqual(expect.arrayContaining(['大学科协', '学院科协', 'university AST'.toLowerCase()]));
});

describe('guessing the type from the unit’s name', () => {
  const guess = (name: string) =>
    hunan2022.applicantTypes.filter((t) => t.namePatterns.some((p) => new RegExp(p).test(matchKey(name)))).map((t) => t.id);
  test.each([
    ['长沙市科协', C],
    ['湘西土家族苗族自治州科协', C],
    ['株洲市科学技术协会', C],
    ['中南大学科协', U],
    ['湖南工程学院科协', U],
    ['湖南省机械工程学会', S],
    ['湖南省 农学会', S],
    ['湖南省预防医学会', S],
    ['湖南省土木建筑学会', S],
    ['湖南省老科技工作者协会', S],
    ['湖南省人工智能研究会', S],
  ])('%s → %s', (name, type) => expect(guess(name)).toEqual([type]));
  test.each(['湖南省科学技术协会', '某某有限公司', '中南大学', '浏阳县科协'])('%s says none of the three', (name) =>
    expect(guess(name)).toEqual([]),
  );
});

test('every figure of rules.md’s indicator table is there, with its bound, severity and the guide’s words', () => {
  const figures = hunan2022.figures.map((f) => [f.category, f.header, f.min ?? null, f.max ?? null, f.severity]);
  expect(figures).toEqual([
    ['2.1.2', '院士专家人数', 5, null, 'error'],
    ['3.1.1', '执行主席年龄', null, 40, 'warning'],
    ['3.2.1', '专家团队人数', 50, null, 'error'],
    ['3.2.1', '线上服务次数', 50, null, 'error'],
    ['3.2.1', '线下活动次数', 5, null, 'error'],
    ['3.2.1', '科技志愿者人数', 50, null, 'error'],
    ['3.2.1', '志愿服务次数', 4, null, 'error'],
    ['2.3', '新增入驻资源数', 10000, null, 'error'],
    ['2.3', '创新达人评选人数', 100, null, 'error'],
    ['2.3', '创新方法培训次数', 4, null, 'error'],
    ['2.3', '创新方法培训人数', 400, null, 'error'],
    ['2.3', '进园区入企业活动次数', 4, null, 'error'],
    ['2.3', '揭榜挂帅活动次数', 1, null, 'error'],
    ['2.3', '企业科协培训次数', 2, null, 'error'],
    ['2.3', '企业科协培训人数', 100, null, 'error'],
    ['2.3', '示范片区数', 2, null, 'error'],
    ['2.3', '园区企业技术服务次数', 4, null, 'error'],
  ]);
  for (const f of hunan2022.figures) {
    // The quote is the guide's wording and holds the bound's number (1万 for 10000).
    expect(f.quote).toMatch(f.min === 10000 ? /1万/ : new RegExp(String(f.min ?? f.max)));
    expect(f.clause).toMatch(/^四/);
  }
});

test('the required columns are those workbook.md and rules.md name', () => {
  expect(hunan2022.columns.filter((c) => c.required).map((c) => c.key)).toEqual(
    ['unit', 'unitType', 'category', 'project', 'requested', 'completion'],
  );
});

test('round data: deadlines, formalities, sheet names and decision words', () => {
  expect(hunan2022.deadlines).toEqual({ completion: '2022-12-31', submission: null });
  expect(hunan2022.paperCopiesMin).toBe(3);
  expect(hunan2022.banYears).toBe(3);
  expect(hunan2022.sheetNames).toEqual(['申报汇总', '申报项目', '申报表']);
  expect(hunan2022.focusIndustries).toEqual({ category: '2.2.1', industries: ['工程机械', '先进轨道交通装备', '航天航空', '新材料', '生物医药'] });
  expect(hunan2022.decisions.approved).toEqual(expect.arrayContaining(['批准', '通过', '立项', '同意', '是']));
  expect(hunan2022.decisions.rejected).toEqual(expect.arrayContaining(['不批准', '不通过', '不予立项', '否']));
  expect(hunan2022.decisions.pending).toEqual(expect.arrayContaining(['待定', '待审']));
});
