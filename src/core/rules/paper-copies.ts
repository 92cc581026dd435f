// 二.4 纸质版一式三份: fewer copies (or none stated) do not meet it.
import { chineseCount } from '../text/chinese-count';
import { cell } from './cells';
import { cellState } from './cell-state';
import { finding } from './message';
import type { RowRule } from './types';

export const paperCopies: RowRule = {
  id: 'paper-copies',
  check(app, _facts, ctx) {
    const c = cell<number>(app, 'paperCopies');
    if (c.state === 'no-column' || c.state === 'unreadable') return [];
    const min = ctx.pack.paperCopiesMin;
    if (c.state === 'value' && c.value >= min) return [];
    // `given` (未填 or the text) stays for packs whose messages were written with it.
    const given = c.state === 'blank' ? { zh: '未填', en: 'empty' } : c.text;
    // The guide says 一式三份: the Chinese message counts in words, the English one in digits.
    const copies = { zh: chineseCount(min), en: String(min) };
    return [finding(ctx.pack, this.id, app.row, c, { given, state: cellState(c.state === 'blank', c.text), min: copies })];
  },
};
