import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FindingsList } from '../../../src/taskpane/components/FindingsList';
import { AllocationView } from '../../../src/taskpane/components/AllocationView';
import { VerdictCounts } from '../../../src/taskpane/components/VerdictCounts';
import { countVerdicts } from '../../../src/taskpane/logic/findings';
import { hunan2022 } from '../../../src/core/pack/hunan-2022';
import { smallRoundResult } from '../fixtures/small-round';
import { renderInPane } from '../render';

const result = smallRoundResult();

describe('the verdict counts', () => {
  it('shows how many rows are eligible, need attention and are ineligible', () => {
    renderInPane(<VerdictCounts counts={countVerdicts(result)} />);
    // Rows 3 and 6–9 are in order, row 4 asks too much (a warning), row 5 is no applicant type.
    expect(screen.getByTestId('count-eligible')).toHaveTextContent('5');
    expect(screen.getByTestId('count-attention')).toHaveTextContent('1');
    expect(screen.getByTestId('count-ineligible')).toHaveTextContent('1');
    expect(screen.getByText(/不合格/)).toBeInTheDocument();
  });
});

describe('the findings list', () => {
  it('groups findings by row with the unit, the rule, the message and the clause', () => {
    renderInPane(<FindingsList result={result} />);
    const list = screen.getByTestId('findings');
    const row4 = within(list).getByText(/第 4 行/).closest('li') as HTMLElement;
    expect(row4).toHaveTextContent('湖南省化学化工学会');
    expect(row4).toHaveTextContent('[amount-range]');
    expect(row4).toHaveTextContent('条款 四 经费安排');
    const row5 = within(list).getByText(/第 5 行/).closest('li') as HTMLElement;
    expect(row5).toHaveTextContent('[unit-type]');
    expect(row5).toHaveTextContent('一.1');
    expect(within(list).queryByText(/第 6 行/)).not.toBeInTheDocument();
  });

  it('calls back with the row and the column of its first faulty cell when a row is clicked', async () => {
    const onSelectCell = jest.fn();
    renderInPane(<FindingsList result={result} onSelectCell={onSelectCell} />);
    await userEvent.click(screen.getByRole('button', { name: /第 5 行/ }));
    // Row 5's fault is its 单位类型, the sheet's column B.
    expect(onSelectCell).toHaveBeenCalledWith(5, 2);
  });

  it('hides warnings when the warning filter is turned off', async () => {
    renderInPane(<FindingsList result={result} />, 'en');
    await userEvent.click(screen.getByRole('button', { name: /Warning/ }));
    const list = screen.getByTestId('findings');
    expect(within(list).queryByText(/Row 4/)).not.toBeInTheDocument();
    expect(within(list).getByText(/Row 5/)).toBeInTheDocument();
  });
});

describe('the allocation view', () => {
  it('lists every node in tree order with the total last', () => {
    renderInPane(<AllocationView result={result} pack={hunan2022} />);
    const codes = Array.from(screen.getByTestId('allocation').querySelectorAll('[data-code]')).map((el) => el.getAttribute('data-code'));
    expect(codes[0]).toBe('1');
    expect(codes.indexOf('2.1')).toBeLessThan(codes.indexOf('2.1.1'));
    expect(codes.indexOf('3.3.5')).toBeLessThan(codes.indexOf('3.4'));
    expect(codes[codes.length - 1]).toBe('total');
    expect(codes).toHaveLength(hunan2022.categories.length + 1);
  });

  it('makes the node over its quota and budget stand out', () => {
    renderInPane(<AllocationView result={result} pack={hunan2022} />);
    const node = screen.getByTestId('allocation').querySelector('[data-code="3.4"]') as HTMLElement;
    expect(node).toHaveAttribute('data-over', 'true');
    expect(within(node).getByText('超名额')).toBeInTheDocument();
    expect(within(node).getByText('超预算')).toBeInTheDocument();
    expect(node).toHaveTextContent('批准 4 项 / 名额 3');
    expect(node).toHaveTextContent('批准 40 万元 / 预算 30 万元');
    const within3 = screen.getByTestId('allocation').querySelector('[data-code="3"]') as HTMLElement;
    expect(within3).not.toHaveAttribute('data-over');
  });

  it('names the nodes in English from the pack', () => {
    renderInPane(<AllocationView result={result} pack={hunan2022} />, 'en');
    const node = screen.getByTestId('allocation').querySelector('[data-code="3.4"]') as HTMLElement;
    const en = hunan2022.categories.find((c) => c.code === '3.4')?.en as string;
    expect(node).toHaveTextContent(en);
    expect(within(node).getByText('Over budget')).toBeInTheDocument();
  });

  it('asks for a check first when there is no result yet', () => {
    renderInPane(<AllocationView result={null} pack={null} />);
    expect(screen.getByText(/请先运行一键校验/)).toBeInTheDocument();
  });
});
