/** @jest-environment jsdom */
import { onCommandError, rememberCommandError, takeCommandError } from '../../../src/taskpane/logic/command-error';

const text = { zh: '找不到表头行。', en: 'No header row was found.' };

describe('the ribbon command error handed to the pane', () => {
  beforeEach(() => localStorage.clear());

  it('is read once', () => {
    rememberCommandError(text, 1_000);
    expect(takeCommandError(2_000)).toEqual(text);
    expect(takeCommandError(3_000)).toBeNull();
  });

  it('is dropped after ten minutes, and kept at exactly ten', () => {
    rememberCommandError(text, 0);
    expect(takeCommandError(10 * 60 * 1000)).toEqual(text);
    rememberCommandError(text, 0);
    expect(takeCommandError(10 * 60 * 1000 + 1)).toBeNull();
  });

  it('ignores something else stored under its key', () => {
    localStorage.setItem('shenbao.commandError', 'not json');
    expect(takeCommandError()).toBeNull();
  });

  it('tells a pane open in the same page at once', () => {
    const listener = jest.fn();
    const stop = onCommandError(listener);
    rememberCommandError(text);
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    rememberCommandError(text);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
