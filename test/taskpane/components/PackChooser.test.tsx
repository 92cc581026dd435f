import '@testing-library/jest-dom';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PackChooser } from '../../../src/taskpane/components/PackChooser';
import { usePackChoice } from '../../../src/taskpane/hooks/use-pack-choice';
import type { PackStore } from '../../../src/taskpane/logic/pack-choice';
import { hunan2022 } from '../../../src/core/pack/hunan-2022';
import { packFile, packWithBadMinimum, renamedPack } from '../fixtures/pack-files';
import { renderInPane } from '../render';

function ChooserWith({ store }: { store: PackStore }) {
  return <PackChooser packs={usePackChoice(store)} />;
}

const emptyStore = () => ({ load: jest.fn(() => null), save: jest.fn() });

describe('choosing a rule pack', () => {
  it('starts with the built-in pack', () => {
    renderInPane(<ChooserWith store={emptyStore()} />);
    expect(screen.getByTestId('pack-current')).toHaveTextContent(`内置规则包：${hunan2022.title.zh}`);
  });

  it('validates, stores and uses a good pack file', async () => {
    const store = emptyStore();
    renderInPane(<ChooserWith store={store} />);
    await userEvent.upload(screen.getByLabelText('选择规则包文件（JSON）'), packFile(renamedPack(), 'draft.json'));
    expect(await screen.findByText(/已使用规则包文件“draft.json”/)).toBeInTheDocument();
    expect(screen.getByTestId('pack-current')).toHaveTextContent('2023年度草案');
    expect(store.save).toHaveBeenCalledWith(expect.objectContaining({ id: 'hunan-2023-draft' }));
  });

  it('refuses a bad pack file and shows the path of the problem', async () => {
    const store = emptyStore();
    const broken = packWithBadMinimum();
    renderInPane(<ChooserWith store={store} />, 'en');
    await userEvent.upload(screen.getByLabelText('Choose a rule pack file (JSON)'), packFile(broken, 'bad.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`categories[${broken._brokenIndex as number}].per.min`);
    expect(alert).toHaveTextContent('bad.json');
    expect(store.save).not.toHaveBeenCalled();
    expect(screen.getByTestId('pack-current')).toHaveTextContent(hunan2022.title.en);
  });

  it('refuses a file that is not JSON', async () => {
    renderInPane(<ChooserWith store={emptyStore()} />);
    await userEvent.upload(screen.getByLabelText('选择规则包文件（JSON）'), packFile('这不是 JSON', 'notes.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent('文件“notes.json”不是有效的 JSON');
  });

  it('goes back to the built-in pack and forgets the stored one', async () => {
    const store = { load: jest.fn(() => renamedPack()), save: jest.fn() };
    renderInPane(<ChooserWith store={store} />);
    expect(screen.getByTestId('pack-current')).toHaveTextContent('来自文件的规则包：2023年度草案');
    await userEvent.click(screen.getByRole('button', { name: '使用内置规则包' }));
    expect(store.save).toHaveBeenCalledWith(null);
    expect(screen.getByTestId('pack-current')).toHaveTextContent('内置规则包');
  });

  it('warns about a stored pack gone bad and lets the user forget it', async () => {
    const store = { load: jest.fn(() => ({ id: 'broken' })), save: jest.fn() };
    renderInPane(<ChooserWith store={store} />);
    expect(screen.getByText(/保存的规则包已失效/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '使用内置规则包' }));
    expect(store.save).toHaveBeenCalledWith(null);
    expect(screen.queryByText(/保存的规则包已失效/)).not.toBeInTheDocument();
  });

  it('shows a storage failure as a sentence', async () => {
    const store = { load: () => null, save: jest.fn(() => Promise.reject({ text: { zh: '保存规则包到工作簿失败。', en: 'Saving failed.' } })) };
    renderInPane(<ChooserWith store={store} />);
    await userEvent.upload(screen.getByLabelText('选择规则包文件（JSON）'), packFile(renamedPack()));
    expect(await screen.findByRole('alert')).toHaveTextContent('保存规则包到工作簿失败。');
  });
});
