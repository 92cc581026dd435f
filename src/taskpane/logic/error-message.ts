// Any error as one sentence for the pane. Errors of the adapters and the core carry their own
// `Message`; they are recognised by shape, so the Excel pane need not import the file adapter
// (and with it exceljs) just to test `instanceof WorkbookFileError`.
import type { Message } from '../../core/types';
import { PackError } from '../../core/pack/schema';
import { ui } from '../i18n';

function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Message).zh === 'string' &&
    typeof (value as Message).en === 'string'
  );
}

/** OfficeHostError, WorkbookFileError and InputError: their `text`; PackError: the path of the problem. */
export function errorMessage(error: unknown): Message {
  if (error instanceof PackError) return ui.packError(error.problems[0] ?? error.message);
  if (typeof error === 'object' && error !== null && isMessage((error as { text?: unknown }).text)) {
    return (error as { text: Message }).text;
  }
  const detail = error instanceof Error ? error.message || error.name : String(error);
  return ui.unexpected(detail);
}
