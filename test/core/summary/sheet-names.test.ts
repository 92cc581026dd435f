import { chooseOutputSheetName } from '../../../src/core/summary/sheet-names';
import { OUTPUT_SHEET_MARK } from '../../../src/core/style';

test('a new workbook gets the plain name', () => {
  expect(chooseOutputSheetName('分配汇总', [{ name: '申报汇总', a1: '序号' }])).toEqual({ name: '分配汇总' });
});

test('our own sheet from an earlier run (A1 carries the mark) is replaced under the same name', () => {
  expect(chooseOutputSheetName('分配汇总', [{ name: '分配汇总', a1: `${OUTPUT_SHEET_MARK}分配汇总` }])).toEqual({ name: '分配汇总' });
});

test('a user’s own 分配汇总 is left alone: the output goes to another name, and the user is told', () => {
  const chosen = chooseOutputSheetName('分配汇总', [{ name: '分配汇总', a1: '我的分配表' }]);
  expect(chosen.name).toBe('分配汇总（申报助手）');
  expect(chosen.notice?.zh).toContain('分配汇总（申报助手）');
  expect(chosen.notice?.en).toContain('分配汇总');
});

test('when that name is the user’s too, a number is added', () => {
  const chosen = chooseOutputSheetName('分配汇总', [
    { name: '分配汇总', a1: null },
    { name: '分配汇总（申报助手）', a1: 42 },
  ]);
  expect(chosen.name).toBe('分配汇总（申报助手2）');
});
