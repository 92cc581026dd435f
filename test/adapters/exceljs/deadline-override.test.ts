import { withSubmissionDeadline } from '../../../src/adapters/exceljs/deadline-override';
import { hunan2022 } from '../../../src/core/pack/hunan-2022';
import { readSettings } from '../../../src/core/read/settings';
import type { WorkbookInput } from '../../../src/core/types';

const input: WorkbookInput = {
  sheets: [
    { name: '申报汇总', rows: [['申报单位']] },
    { name: '设置', rows: [['设置项', '值'], ['申报截止日期', '2022-08-01'], ['联系人', '张三']] },
  ],
};

describe('withSubmissionDeadline', () => {
  it('makes the check read the pane’s deadline in place of the sheet’s, keeping the other keys', () => {
    const read = readSettings(withSubmissionDeadline(input, '2022-09-30'), hunan2022);
    expect(read.settings.submissionDeadline).toBe('2022-09-30');
    expect(read.settings.other['联系人']).toBe('张三');
    expect(readSettings(input, hunan2022).settings.submissionDeadline).toBe('2022-08-01'); // the input is not changed
  });

  it('adds 设置 when the workbook has none, and null removes the sheet’s deadline', () => {
    const noSettings: WorkbookInput = { sheets: [input.sheets[0]] };
    expect(readSettings(withSubmissionDeadline(noSettings, '2022-10-01'), hunan2022).settings.submissionDeadline).toBe('2022-10-01');
    const cleared = readSettings(withSubmissionDeadline(input, null), hunan2022).settings.submissionDeadline;
    // The pack's own deadline, if any, is what is left (the built-in pack sets none).
    expect(cleared).toBe(hunan2022.deadlines.submission ?? undefined);
  });
});
