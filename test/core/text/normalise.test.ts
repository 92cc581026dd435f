import { displayText, matchKey } from '../../../src/core/text/normalise';

describe('displayText: the text as typed, tidied for quoting back', () => {
  test('full-width letters and digits become half-width', () => expect(displayText('ＡＢＣ１２３')).toBe('ABC123'));
  test('ends are trimmed and inner runs of spaces (full-width too) fold to one', () =>
    expect(displayText('  湖南省　　机械  工程学会 ')).toBe('湖南省 机械 工程学会'));
  test('line breaks are kept, as they separate joint applicants', () => expect(displayText('甲学会\r\n乙学会')).toBe('甲学会\n乙学会'));
  test('Chinese brackets stay Chinese where NFKC leaves them', () => expect(displayText('【重点】项目')).toBe('【重点】项目'));
});

describe('matchKey: equal for things a person would call the same', () => {
  test.each([
    ['青年科技论坛（沙龙）', '青年科技论坛(沙龙)'],
    ['青年科技论坛【沙龙】', '青年科技论坛［沙龙］'],
    ['《指南》', '〈指南〉'],
    ['学会“两化”建设', '学会"两化"建设'],
    ['「创新达人」', '‘创新达人’'],
    ['科技服务·服务乡村振兴', '科技服务服务乡村振兴'],
    ['科技服务・服务乡村振兴', '科技服务 服务 乡村振兴'],
    ['Provincial Society', 'provincialsociety'],
    ['３．１．１', '3.1.1'],
  ])('%s ≡ %s', (a, b) => expect(matchKey(a)).toBe(matchKey(b)));

  test('different words stay different', () => {
    expect(matchKey('学会党建')).not.toBe(matchKey('学会建设'));
    expect(matchKey('批准')).not.toBe(matchKey('不批准'));
  });
});
