import { mergeNotices } from '../../../src/taskpane/logic/notices';

describe('mergeNotices', () => {
  it('keeps the first of each notice, in order', () => {
    const a = { zh: '甲', en: 'A' };
    const b = { zh: '乙', en: 'B' };
    expect(mergeNotices([a, b], [b, a, { ...a }])).toEqual([a, b]);
    expect(mergeNotices([], [])).toEqual([]);
  });
});
