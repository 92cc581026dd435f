// The 设置 sheet from the pane: reading the deadline, setting and clearing it, touching that row only.
import { readWorkbookSettings, writeSubmissionDeadline, OfficeHostError } from '../../../src/adapters/officejs';
import { removeFakeExcel, useFakeExcel } from './fixtures';

afterEach(removeFakeExcel);

const submissions = { name: '申报汇总', rows: [['申报单位']] };

test('no 设置 sheet: no deadline', async () => {
  useFakeExcel({ sheets: [submissions] });
  expect(await readWorkbookSettings()).toEqual({ submissionDeadline: null });
});

test('reads the deadline whether typed as a date (serial) or as text', async () => {
  useFakeExcel({ sheets: [submissions, { name: '设置', rows: [['项目', '值'], ['申报截止日期', 44834]] }] });
  expect(await readWorkbookSettings()).toEqual({ submissionDeadline: '2022-09-30' });
  useFakeExcel({ sheets: [submissions, { name: '设置', rows: [['申报截止日期', '2022年10月31日']] }] });
  expect(await readWorkbookSettings()).toEqual({ submissionDeadline: '2022-10-31' });
});

test('creates 设置 when missing and writes the deadline as text, which reads back the same', async () => {
  const fake = useFakeExcel({ sheets: [submissions] });
  await writeSubmissionDeadline('2022-10-31');
  expect(fake.sheetNames()).toEqual(['申报汇总', '设置']);
  expect(fake.values('设置')).toEqual([
    ['项目', '值'],
    ['申报截止日期', '2022-10-31'],
  ]);
  expect(await readWorkbookSettings()).toEqual({ submissionDeadline: '2022-10-31' });
});

test('changes and clears only the value of the 申报截止日期 row; other rows and columns stay', async () => {
  const fake = useFakeExcel({
    sheets: [
      submissions,
      { name: '设置', rows: [['项目', '值', '备注'], ['联系人', '张三', '办公室'], ['截止日期', '2022-09-30', '去年的'], ['其他', 'x']] },
    ],
  });
  const before = fake.cellsOf('设置');
  await writeSubmissionDeadline('2022-11-15');
  const after = fake.cellsOf('设置');
  expect(after.B3.value).toBe('2022-11-15');
  const { B3: _changed, ...rest } = after;
  const { B3: _old, ...restBefore } = before;
  expect(rest).toEqual(restBefore);
  expect(await readWorkbookSettings()).toEqual({ submissionDeadline: '2022-11-15' });

  await writeSubmissionDeadline(null);
  expect(fake.cell('设置', 'B3')?.value).toBe('');
  expect(fake.cell('设置', 'A3')?.value).toBe('截止日期');
  expect(await readWorkbookSettings()).toEqual({ submissionDeadline: null });
});

test('adds the row below the last one when 设置 has no deadline row', async () => {
  const fake = useFakeExcel({ sheets: [submissions, { name: '设置', rows: [['项目', '值'], ['联系人', '张三']] }] });
  await writeSubmissionDeadline('2022-12-01');
  expect(fake.values('设置', 'A3:B3')).toEqual([['申报截止日期', '2022-12-01']]);
});

test('a date that is not YYYY-MM-DD is refused with a sentence, and nothing is written', async () => {
  const fake = useFakeExcel({ sheets: [submissions] });
  const error = await writeSubmissionDeadline('31/10/2022').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(OfficeHostError);
  expect((error as OfficeHostError).text.zh).toContain('31/10/2022');
  expect(fake.sheetNames()).toEqual(['申报汇总']);
});
