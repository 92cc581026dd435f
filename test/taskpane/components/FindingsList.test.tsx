// The findings list at the size of a real round: per row with its verdict, filters with a visible
// state, a rule chosen by its title, a search, pages, and clicks that go to the cell at fault.
import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FindingsList } from '../../../src/taskpane/components/FindingsList';
import { ResultsSummary } from '../../../src/taskpane/components/ResultsSummary';
import { hunan2022 } from '../../../src/core/pack/hunan-2022';
import { largeRoundResult } from '../fixtures/large-round';
import { smallRoundResult } from '../fixtures/small-round';
import { renderInPane } from '../render';

const large = largeRoundResult();
const small = smallRoundResult();
const rowsWithFindings = large.rows.filter((r) => r.findings.length > 0);
const cards = () => Array.from(screen.getByTestId('findings').querySelectorAll(':scope > li'));

describe('a round of 5,000 rows', () => {
  it('shows 50 rows a page and pages on through all rows with findings', async () => {
    renderInPane(<FindingsList result={large} pack={hunan2022} />);
    expect(cards()).toHaveLength(50);
    expect(screen.getAllByTestId('rows-shown')[0]).toHaveTextContent(`第 1–50 行（共 ${rowsWithFindings.length.toLocaleString('en-US')} 行有问题）`);
    const firstPage = cards().map((li) => li.getAttribute('data-row'));
    await userEvent.click(screen.getAllByRole('button', { name: /下一页/ })[0]);
    const secondPage = cards().map((li) => li.getAttribute('data-row'));
    expect(secondPage).toHaveLength(50);
    expect(secondPage[0]).toBe(String(rowsWithFindings[50].row));
    expect(secondPage).not.toEqual(firstPage);
  });

  it('gives each row its verdict badge', () => {
    renderInPane(<FindingsList result={large} pack={hunan2022} />);
    for (const li of cards()) {
      const verdict = large.rows.find((r) => String(r.row) === li.getAttribute('data-row'))?.verdict as string;
      const word = { eligible: '合格', attention: '需关注', ineligible: '不合格' }[verdict];
      expect(within(li as HTMLElement).getByTestId('row-verdict')).toHaveTextContent(new RegExp(`^${word}$`));
    }
  });

  it('filters by verdict with buttons that show whether they are on', async () => {
    renderInPane(<FindingsList result={large} pack={hunan2022} />);
    const group = screen.getByRole('group', { name: '按校验结果筛选' });
    const ineligible = within(group).getByRole('button', { name: /^不合格/ });
    expect(ineligible).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(within(group).getByRole('button', { name: /^需关注/ }));
    await userEvent.click(within(group).getByRole('button', { name: /^合格/ }));
    expect(within(group).getByRole('button', { name: /^需关注/ })).toHaveAttribute('aria-pressed', 'false');
    const ineligibleRows = rowsWithFindings.filter((r) => r.verdict === 'ineligible');
    expect(screen.getAllByTestId('rows-shown')[0]).toHaveTextContent(`共 ${ineligibleRows.length.toLocaleString('en-US')} 行`);
    for (const li of cards()) expect(li).toHaveAttribute('data-verdict', 'ineligible');
  });

  it('names the rules by their Chinese titles and keeps only the chosen rule', async () => {
    renderInPane(<FindingsList result={large} pack={hunan2022} />);
    const select = screen.getByRole('combobox', { name: '问题类型' });
    const options = within(select).getAllByRole('option').map((o) => o.textContent ?? '');
    expect(options).toContain(`单位类型（${large.rows.flatMap((r) => r.findings).filter((f) => f.rule === 'unit-type').length}）`);
    expect(options.some((o) => /^[a-z-]+（/.test(o))).toBe(false);
    await userEvent.selectOptions(select, 'unit-type');
    const rows = rowsWithFindings.filter((r) => r.findings.some((f) => f.rule === 'unit-type'));
    expect(screen.getAllByTestId('rows-shown')[0]).toHaveTextContent(`共 ${rows.length} 行`);
    for (const li of cards()) expect(li).toHaveTextContent('[unit-type]');
    expect(screen.getByTestId('findings')).not.toHaveTextContent('[required-field]');
  });

  it('finds rows by unit or project and starts again at the first page', async () => {
    renderInPane(<FindingsList result={large} pack={hunan2022} />);
    await userEvent.click(screen.getAllByRole('button', { name: /下一页/ })[0]);
    const target = rowsWithFindings[123];
    await userEvent.type(screen.getByRole('searchbox'), target.unit as string);
    const expected = rowsWithFindings.filter((r) => (r.unit ?? '').includes(target.unit as string) || (r.project ?? '').includes(target.unit as string));
    expect(cards().map((li) => li.getAttribute('data-row'))).toEqual(expected.slice(0, 50).map((r) => String(r.row)));
    expect(screen.getAllByTestId('rows-shown')[0]).toHaveTextContent(/^第 1–/);
  });
});

describe('in Excel mode', () => {
  it('makes every finding a button that goes to its own cell', async () => {
    const onSelectCell = jest.fn();
    renderInPane(<FindingsList result={small} pack={hunan2022} onSelectCell={onSelectCell} />);
    await userEvent.click(screen.getByRole('button', { name: /单位类型.县级科协.不能申报/ }));
    expect(onSelectCell).toHaveBeenCalledWith(5, 2);
    await userEvent.click(screen.getByRole('button', { name: /申请金额/ }));
    expect(onSelectCell).toHaveBeenLastCalledWith(4, 5);
  });

  it('has no buttons in the findings where there is no sheet to go to', () => {
    renderInPane(<FindingsList result={small} pack={hunan2022} />);
    expect(within(screen.getByTestId('findings')).queryAllByRole('button')).toHaveLength(0);
  });
});

describe('quota and budget findings', () => {
  it('come before the rows’ findings, with the rows they concern, each row clickable', async () => {
    const onSelectCell = jest.fn();
    renderInPane(<ResultsSummary result={small} notices={[]} pack={hunan2022} onSelectCell={onSelectCell} />);
    const nodes = screen.getByTestId('node-findings');
    expect(nodes.compareDocumentPosition(screen.getByTestId('findings')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const over = within(nodes).getByText(/超过项目数量 3 项/).closest('li') as HTMLElement;
    expect(over).toHaveTextContent('涉及第 6、7、8、9 行');
    await userEvent.click(within(over).getByRole('button', { name: '8' }));
    expect(onSelectCell).toHaveBeenCalledWith(8);
    // The errors (over quota, over budget) are first; the many unfilled quotas wait behind 显示全部.
    const lines = within(nodes).getAllByRole('listitem');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toHaveAttribute('data-rule', 'quota-exceeded');
    await userEvent.click(within(nodes).getByRole('button', { name: /显示全部/ }));
    expect(within(nodes).getAllByRole('listitem').length).toBe(small.nodes.reduce((n, node) => n + node.findings.length, 0));
  });
});
