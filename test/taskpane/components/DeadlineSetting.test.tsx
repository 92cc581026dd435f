import '@testing-library/jest-dom';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DeadlineSetting } from '../../../src/taskpane/components/DeadlineSetting';
import { renderInPane } from '../render';

describe('the submission deadline', () => {
  it('shows the value read from the 设置 sheet', async () => {
    const read = jest.fn(async () => ({ submissionDeadline: '2022-06-30' }));
    renderInPane(<DeadlineSetting read={read} write={jest.fn()} />);
    await waitFor(() => expect(screen.getByLabelText(/申报截止日期/)).toHaveValue('2022-06-30'));
  });

  it('saves a new date', async () => {
    const write = jest.fn(async () => undefined);
    renderInPane(<DeadlineSetting read={async () => ({ submissionDeadline: null })} write={write} />);
    const input = screen.getByLabelText(/申报截止日期/);
    await waitFor(() => expect(input).toBeEnabled());
    await userEvent.type(input, '2022-07-15');
    await userEvent.click(screen.getByRole('button', { name: '保存截止日期' }));
    expect(write).toHaveBeenCalledWith('2022-07-15');
    expect(await screen.findByText('截止日期已保存：2022-07-15。')).toBeInTheDocument();
  });

  it('clears the deadline when the date is emptied', async () => {
    const write = jest.fn(async () => undefined);
    renderInPane(<DeadlineSetting read={async () => ({ submissionDeadline: '2022-06-30' })} write={write} />, 'en');
    const input = screen.getByLabelText(/Submission deadline/);
    await waitFor(() => expect(input).toHaveValue('2022-06-30'));
    await userEvent.clear(input);
    await userEvent.click(screen.getByRole('button', { name: 'Save deadline' }));
    expect(write).toHaveBeenCalledWith(null);
    expect(await screen.findByText('Deadline cleared.')).toBeInTheDocument();
  });

  it('shows a failure to save as a sentence', async () => {
    const write = jest.fn(async () => {
      throw Object.assign(new Error('x'), { text: { zh: '保存申报截止日期失败：工作表受保护。', en: 'Saving the deadline failed: the sheet is protected.' } });
    });
    renderInPane(<DeadlineSetting read={async () => ({ submissionDeadline: '2022-06-30' })} write={write} />);
    await waitFor(() => expect(screen.getByLabelText(/申报截止日期/)).toBeEnabled());
    await userEvent.click(screen.getByRole('button', { name: '保存截止日期' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('保存申报截止日期失败：工作表受保护。');
  });
});
