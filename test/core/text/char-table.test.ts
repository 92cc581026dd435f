import fc from 'fast-check';
import { computeKey, matchKey } from '../../../src/core/text/normalise';

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
