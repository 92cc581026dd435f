import { errorMessage } from '../../../src/taskpane/logic/error-message';
import { InputError } from '../../../src/core/errors';
import { PackError, parsePack } from '../../../src/core/pack/schema';

describe('errorMessage', () => {
  it('uses the message an InputError carries, in both languages', () => {
    const text = { zh: '工作表「申报汇总」没有表头行。', en: 'Sheet "申报汇总" has no header row.' };
    expect(errorMessage(new InputError(text, 'no-header-row'))).toEqual(text);
  });

  it('uses the text of any adapter error that carries a Message', () => {
    class OfficeHostError extends Error {
      constructor(readonly text: { zh: string; en: string }) {
        super(text.en);
      }
    }
    const text = { zh: '无法读取工作簿。', en: 'The workbook could not be read.' };
    expect(errorMessage(new OfficeHostError(text))).toEqual(text);
  });

  it('names the path of the problem for a PackError', () => {
    let caught: unknown;
    try {
      parsePack({ id: 'x' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PackError);
    const first = (caught as PackError).problems[0];
    const message = errorMessage(caught);
    expect(message.zh).toContain(first);
    expect(message.en).toContain(first);
  });

  it('says something went wrong and quotes anything else', () => {
    expect(errorMessage(new TypeError('x is undefined')).en).toMatch(/unexpected.*x is undefined/i);
    expect(errorMessage('plain string').zh).toContain('plain string');
  });
});
