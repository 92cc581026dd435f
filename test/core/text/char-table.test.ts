import fc from 'fast-check';
import { hashText } from '../../../src/core/text/char-table';
import { computeKey, matchHash, matchKey } from '../../../src/core/text/normalise';

// The fast paths must give exactly what the definitions give, for any mix of the characters cells
// are made of and the ones they hand to the slow path.
const SAMPLE_CHARS = [
  ...'湖南省科学技术协会青年论坛合计批准是否',
  ...'AZaz09 .,;:!?-_()[]{}<>"\'`~@#$%^&*+=/\\|',
  ...'\t\n\r\u00a0\u3000\u2002\u2028',
  ...'·・･‧•∙´¨¸ª²½µ',
  ...'【】〔〕〖〗《》〈〉「」『』〝〞〟“”‘’、。',
  ...'ＡＺａｚ０９（）［］｛｝＜＞＂＇，．：；！？～',
  ...'‥…″‼\u202f\u200b\u200d',
  ...'\u302a\u3099\u0301é\u00e9e\u0301ŉǅﬁ㈱ｶﾞ한',
];
const cellText = fc.array(fc.constantFrom(...SAMPLE_CHARS), { maxLength: 24 }).map((chars) => chars.join(''));

describe('matchKey is computeKey, faster', () => {
  test('for any text made of cell characters, accents and combining marks', () =>
    fc.assert(fc.property(cellText, (text) => expect(matchKey(text)).toBe(computeKey(text))), { numRuns: 5000 }));

  test.each(['学会', 'Provincial Society', '３．１．１', '科技服务·服务乡村振兴', 'e\u0301', '´a', '¨', 'ｶﾞ', 'ǅ', '\u302a'])('%p', (text) =>
    expect(matchKey(text)).toBe(computeKey(text)));

  test('text that is already a key is handed back as it is', () => {
    const key = '湖南省机械工程学会2022';
    expect(matchKey(key)).toBe(key);
  });
});

describe('matchHash is the hash of the key, without making the key', () => {
  test('for any text made of cell characters, accents and combining marks', () =>
    fc.assert(fc.property(cellText, (text) => expect(matchHash(text)).toBe(hashText(matchKey(text)))), { numRuns: 5000 }));

  test('texts that match have one hash', () => expect(matchHash(' 青年学者论坛（2022） ')).toBe(matchHash('青年学者论坛(２０２２)')));

  test('different names seldom share a hash: 20,000 project names give at most a handful of pairs', () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `2022年第${i}届青年科技论坛（${i % 7}）`);
    expect(new Set(names.map(matchHash)).size).toBeGreaterThanOrEqual(names.length - 5);
  });
});
