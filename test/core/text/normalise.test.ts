import { displayText, matchKey } from '../../../src/core/text/normalise';

describe('displayText: the text as typed, for quoting back', () => {
  test('full-width letters, digits and brackets stay as typed', () =>
    expect(displayText('ＡＢＣ１２３（沙龙）【重点】')).toBe('ＡＢＣ１２３（沙龙）【重点】'));
  test('only the ends are trimmed (full-width spaces too); inner spaces stay as typed', () =>
    expect(displayText('\u3000 湖南省　　机械  工程学会 ')).toBe('湖南省　　机械  工程学会'));
  test('line breaks are kept, as they separate joint applicants, and CR LF becomes LF', () =>
    expect(displayText('甲学会\r\n乙学会\r丙学会')).toBe('甲学会\n乙学会\n丙学会'));
  test('text with nothing to change is handed back as it is', () => {
    const name = '2022年医学会科普（乡村）';
    expect(displayText(name)).toBe(name);
  });
  test('what is shown may differ from what matches: the two spellings still match', () =>
    expect(matchKey(displayText('２０２２年 科普（乡村）'))).toBe(matchKey('2022年科普(乡村)')));
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
