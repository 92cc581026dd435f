/** @jest-environment jsdom */
// The ribbon button over the fake Excel host: results land in the workbook without the pane; a
// failure writes nothing and leaves its sentence for the pane.
import { hunan2022 } from '../../src/core/pack/hunan-2022';
import { PACK_SETTING } from '../../src/adapters/officejs';
import { takeCommandError } from '../../src/taskpane/logic/command-error';
import { removeFakeExcel, smallRoundInFakeExcel } from '../taskpane/fixtures/fake-excel';
import type { FakeExcel } from '../fakes/excel';

const SHEET = '申报汇总';

afterEach(() => {
  removeFakeExcel();
  localStorage.clear();
});

/** Load commands.ts as the host would: after office.js, so it registers its action. */
function loadCommands(fake: FakeExcel) {
  jest.isolateModules(() => {
    require('../../src/commands/commands');
  });
  const action = fake.actions.get('runCheck');
  if (!action) throw new Error('runCheck was not associated');
  return async () => {
    const event = { completed: jest.fn() };
    await action(event);
    return event;
  };
}

it('registers runCheck with Office.actions', () => {
  const fake = smallRoundInFakeExcel();
  loadCommands(fake);
  expect(fake.actions.has('runCheck')).toBe(true);
});

it('writes the results and shows the findings sheet, then completes the event', async () => {
  const fake = smallRoundInFakeExcel();
  const before = fake.cellsOf(SHEET, 'A1:M9');
  const event = await loadCommands(fake)();
  expect(event.completed).toHaveBeenCalledTimes(1);
  expect(fake.cellsOf(SHEET, 'A1:M9')).toEqual(before);
  expect(fake.cell(SHEET, 'N5')?.value).toBe(hunan2022.labels.verdict.ineligible.zh);
  expect(fake.state.activeSheet).toBe(hunan2022.labels.issuesSheet.zh);
  expect(takeCommandError()).toBeNull();
});

it('speaks the host’s language in what it writes', async () => {
  const fake = smallRoundInFakeExcel({ displayLanguage: 'en-US' });
  await loadCommands(fake)();
  expect(fake.cell(SHEET, 'N2')?.value).toBe(hunan2022.labels.resultHeaders[0].en);
});

it('checks with the pack the document keeps', async () => {
  const json = { ...JSON.parse(JSON.stringify(hunan2022)), labels: { ...hunan2022.labels, verdict: { ...hunan2022.labels.verdict, ineligible: { zh: '不符合', en: 'Not eligible' } } } };
  const fake = smallRoundInFakeExcel({ settings: { [PACK_SETTING]: json } });
  await loadCommands(fake)();
  expect(fake.cell(SHEET, 'N5')?.value).toBe('不符合');
});

it('writes nothing when the stored pack is broken, and leaves the reason for the pane', async () => {
  const fake = smallRoundInFakeExcel({ settings: { [PACK_SETTING]: { id: 'broken' } } });
  const before = fake.cellsOf(SHEET);
  const sheetsBefore = fake.sheetNames();
  const event = await loadCommands(fake)();
  expect(event.completed).toHaveBeenCalledTimes(1);
  expect(fake.cellsOf(SHEET)).toEqual(before);
  expect(fake.sheetNames()).toEqual(sheetsBefore);
  expect(takeCommandError()?.zh).toMatch(/规则包已失效.*未进行校验/);
});

it('leaves the adapter’s sentence for the pane when the sheet cannot be checked', async () => {
  const fake = smallRoundInFakeExcel();
  fake.sheet(SHEET).cells.clear();
  const event = await loadCommands(fake)();
  expect(event.completed).toHaveBeenCalledTimes(1);
  expect(fake.sheetNames()).toEqual([SHEET]);
  const text = takeCommandError();
  expect(text?.zh).toContain('功能区“一键校验”未能完成');
  expect(text?.en).toContain('the workbook was not changed');
});

it('opens the pane on failure where the host has a shared runtime', async () => {
  const fake = smallRoundInFakeExcel({ settings: { [PACK_SETTING]: { id: 'broken' } } });
  const showAsTaskpane = jest.fn(async () => undefined);
  const office = fake.Office as unknown as { addin?: unknown; context: { requirements: { isSetSupported: (n: string, v?: string) => boolean } } };
  const hostSupports = office.context.requirements.isSetSupported;
  office.context.requirements.isSetSupported = (name, version) => name === 'SharedRuntime' || hostSupports(name, version);
  office.addin = { showAsTaskpane };
  const event = await loadCommands(fake)();
  expect(showAsTaskpane).toHaveBeenCalledTimes(1);
  expect(event.completed).toHaveBeenCalledTimes(1);
});
