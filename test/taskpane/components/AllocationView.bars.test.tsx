// The allocation bars: an over-quota bar runs past its 100% mark, striped and labelled; numbers
// beside the bars; every category's applications, eligible, pending and approved; a key.
import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import { AllocationView } from '../../../src/taskpane/components/AllocationView';
import { hunan2022 } from '../../../src/core/pack/hunan-2022';
import { smallRoundResult } from '../fixtures/small-round';
import { renderInPane } from '../render';

const result = smallRoundResult();
const node = (code: string) => screen.getByTestId('allocation').querySelector(`[data-code="${code}"]`) as HTMLElement;

it('draws the over-quota bar past its 100% mark and says the figures beside it', () => {
  renderInPane(<AllocationView result={result} pack={hunan2022} />);
  const quota = within(node('3.4')).getByRole('meter', { name: '3.4 名额使用' });
  expect(quota).toHaveAttribute('aria-valuenow', '133');
  expect(quota).toHaveAttribute('data-over', 'true');
  const [fill, mark] = Array.from(quota.children) as HTMLElement[];
  // 4 of 3: the bar fills the track and the 100% mark sits at three quarters.
  expect(fill.style.width).toBe('100%');
  expect(mark.style.insetInlineStart).toBe('calc(75% - 2px)');
  expect(node('3.4')).toHaveTextContent('4/3');
  expect(node('3.4')).toHaveTextContent('40/30');
});

it('keeps a bar within its limit inside the mark', () => {
  renderInPane(<AllocationView result={result} pack={hunan2022} />);
  const within3 = result.nodes.find((n) => n.code === '3')!;
  expect(within3.budget).not.toBeNull();
  expect(within3.approvedAmount).toBeLessThanOrEqual(within3.budget as number);
  const budget = within(node('3')).getByRole('meter', { name: '3 预算使用' });
  expect(budget).not.toHaveAttribute('data-over');
  expect((budget.children[1] as HTMLElement).style.insetInlineStart).toBe('calc(100% - 2px)');
  expect(within(node('3.4')).getByRole('meter', { name: '3.4 预算使用' })).toHaveAttribute('data-over', 'true');
});

it('gives each category its applications, eligible, pending and approved, as 分配汇总 does', () => {
  renderInPane(<AllocationView result={result} pack={hunan2022} />);
  const n34 = result.nodes.find((n) => n.code === '3.4')!;
  expect(within(node('3.4')).getByTestId('node-counts')).toHaveTextContent(
    `申报 ${n34.applications} · 合格 ${n34.eligible} · 待定 ${n34.pending} · 批准 4`,
  );
});

it('explains the bars in a key, with the over bar labelled in words, not only in colour', () => {
  renderInPane(<AllocationView result={result} pack={hunan2022} />);
  expect(screen.getByTestId('allocation-legend')).toHaveTextContent('超出（斜纹，越过竖线）');
  expect(within(node('3.4')).getByText('超名额')).toBeInTheDocument();
});
