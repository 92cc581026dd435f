// Which rule pack the pane checks with: the built-in 2022 pack, or a JSON file the user chose.
// A chosen pack is kept (in the workbook's add-in storage, or the browser's localStorage) and is
// validated again every time it is read back, since the schema may have moved on since.
import { defaultPack } from '../../core/pack/built-in';
import { PackError, parsePack, type RulePack } from '../../core/pack/schema';
import type { Message } from '../../core/types';
import { ui } from '../i18n';
import { flowUi } from '../i18n-flow';

export interface PackChoice {
  pack: RulePack;
  /** The file it came from; null for the built-in pack. */
  fileName: string | null;
}

/** Where a chosen pack is kept between sessions; the stored value is the parsed JSON. */
export interface PackStore {
  load(): unknown | null;
  save(json: unknown | null): void | Promise<void>;
}

/** Thrown for a pack file the user chose that cannot be used; `text` says why, with the path. */
export class PackFileError extends Error {
  constructor(readonly text: Message) {
    super(text.en);
    this.name = 'PackFileError';
  }
}

export const builtInChoice = (): PackChoice => ({ pack: defaultPack, fileName: null });

/** Parse and validate a pack file's text. Throws PackFileError naming the file and the problem. */
export function parsePackFile(text: string, fileName: string): { pack: RulePack; json: unknown } {
  // A workbook put into the rule chooser: say so in words, not as a JSON parser's complaint.
  if (/\.(xlsx|xlsm|xls|csv)$/i.test(fileName) || text.startsWith('PK')) throw new PackFileError(flowUi.workbookInPackChooser(fileName));
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new PackFileError(ui.packNotJson(fileName, error instanceof Error ? error.message : String(error)));
  }
  try {
    return { pack: parsePack(json, fileName), json };
  } catch (error) {
    if (error instanceof PackError) throw new PackFileError(ui.packInvalid(fileName, error.problems[0] ?? error.message));
    throw error;
  }
}

/** The stored pack if it is still valid; otherwise the built-in one and a note saying why. */
export function restorePack(store: PackStore): { choice: PackChoice; warning: Message | null } {
  let json: unknown;
  try {
    json = store.load();
  } catch {
    return { choice: builtInChoice(), warning: null };
  }
  if (json === null || json === undefined) return { choice: builtInChoice(), warning: null };
  try {
    const pack = parsePack(json, 'stored rule pack');
    return { choice: { pack, fileName: storedFileName(json) }, warning: null };
  } catch (error) {
    const problem = error instanceof PackError ? (error.problems[0] ?? error.message) : String(error);
    return { choice: builtInChoice(), warning: ui.packStoredInvalid(problem) };
  }
}

// The file name is not part of a pack; the pack's id stands in for it after a reload.
function storedFileName(json: unknown): string {
  const id = (json as { id?: unknown }).id;
  return typeof id === 'string' ? `${id}.json` : 'rule-pack.json';
}

const STORAGE_KEY = 'shenbao.rulePack';

/** The browser mode keeps a chosen pack in localStorage (when the browser allows it). */
export const localPackStore: PackStore = {
  load() {
    const text = globalThis.localStorage?.getItem(STORAGE_KEY);
    return text ? (JSON.parse(text) as unknown) : null;
  },
  save(json) {
    const storage = globalThis.localStorage;
    if (!storage) return;
    if (json === null) storage.removeItem(STORAGE_KEY);
    else storage.setItem(STORAGE_KEY, JSON.stringify(json));
  },
};
