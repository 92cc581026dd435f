// Every failure the add-in shows is one OfficeHostError: one sentence in Chinese and English that
// says what went wrong and, where it helps, the sheet, row and column. Host errors (Office.js codes)
// and the core's own errors are turned into one here, so the pane never shows a raw stack.
import { InputError } from '../../core/errors';
import { PackError } from '../../core/pack/schema';
import type { Message } from '../../core/types';

export class OfficeHostError extends Error {
  constructor(
    readonly text: Message,
    /** The Office.js error code, when the host raised it (e.g. `ItemNotFound`). */
    readonly code?: string,
  ) {
    super(text.en);
    this.name = 'OfficeHostError';
  }
}

/** Sentences for the Office.js error codes a user can actually meet. */
const HOST_CODES: Record<string, (action: Message) => Message> = {
  RequestPayloadSizeLimitExceeded: (a) => ({
    zh: `${a.zh}失败：一次写入的数据超过了 Excel 网页版 5 MB 的上限。`,
    en: `${a.en} failed: one write was larger than Excel on the web's 5 MB limit.`,
  }),
  ResponsePayloadSizeLimitExceeded: (a) => ({
    zh: `${a.zh}失败：工作表太大，一次读取超过了 Excel 的上限。`,
    en: `${a.en} failed: the sheet is too large to read within Excel's limit.`,
  }),
  ItemNotFound: (a) => ({
    zh: `${a.zh}失败：找不到所需的工作表或单元格，可能已被删除或改名。`,
    en: `${a.en} failed: a sheet or cell it needs no longer exists (deleted or renamed?).`,
  }),
  ItemAlreadyExists: (a) => ({
    zh: `${a.zh}失败：已有同名的工作表。`,
    en: `${a.en} failed: a sheet with the same name already exists.`,
  }),
  AccessDenied: (a) => ({
    zh: `${a.zh}失败：工作簿或工作表受保护，或正在编辑单元格；请先退出编辑或取消保护。`,
    en: `${a.en} failed: the workbook or sheet is protected, or a cell is being edited; leave edit mode or unprotect it first.`,
  }),
  InvalidOperationInCellEditMode: (a) => ({
    zh: `${a.zh}失败：正在编辑单元格，请按 Enter 或 Esc 退出编辑后重试。`,
    en: `${a.en} failed: a cell is being edited; press Enter or Esc and try again.`,
  }),
  ApiNotFound: (a) => ({
    zh: `${a.zh}失败：此版本 Excel 不支持所需的功能。`,
    en: `${a.en} failed: this version of Excel lacks a feature it needs.`,
  }),
};

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** Turn anything thrown during `action` into an OfficeHostError. */
export function asOfficeHostError(error: unknown, action: Message): OfficeHostError {
  if (error instanceof OfficeHostError) return error;
  if (error instanceof InputError) return new OfficeHostError(error.text, error.code);
  if (error instanceof PackError)
    return new OfficeHostError({ zh: `规则包无效：${error.problems[0] ?? error.message}`, en: error.message }, 'pack');
  const code = codeOf(error);
  const known = code ? HOST_CODES[code] : undefined;
  if (known) return new OfficeHostError(known(action), code);
  const detail = error instanceof Error ? error.message : String(error);
  return new OfficeHostError({ zh: `${action.zh}失败：${detail}`, en: `${action.en} failed: ${detail}` }, code);
}

/** Run `work`, turning any failure into an OfficeHostError about `action`. */
export async function asHostAction<T>(action: Message, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asOfficeHostError(error, action);
  }
}
