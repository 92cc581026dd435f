// The user's chosen rule pack, kept in the document's settings so the ribbon button (which has no
// pane) checks with the same pack as the pane did.
import type { Message } from '../../core/types';
import { OfficeHostError } from './errors';
import { office } from './host';

export const PACK_SETTING = 'shenbao.rulePack';

const SAVING: Message = { zh: '保存规则包到工作簿', en: 'Saving the rule pack in the workbook' };

/** The stored pack's JSON (not yet validated: the caller passes it to parsePack), or null. */
export function loadStoredPack(): unknown | null {
  const value: unknown = office().context.document.settings.get(PACK_SETTING);
  return value === undefined ? null : value;
}

/** Store a pack (null: go back to the built-in one) and save the settings with the document. */
export function storePack(json: unknown | null): Promise<void> {
  const settings = office().context.document.settings;
  try {
    if (json === null) settings.remove(PACK_SETTING);
    else settings.set(PACK_SETTING, json);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return Promise.reject(new OfficeHostError({ zh: `${SAVING.zh}失败：${detail}`, en: `${SAVING.en} failed: ${detail}` }, 'settings'));
  }
  return new Promise((resolve, reject) =>
    settings.saveAsync((result) => {
      if (result.status === office().AsyncResultStatus.Succeeded) resolve();
      else {
        const detail = result.error?.message ?? 'unknown error';
        reject(new OfficeHostError({ zh: `${SAVING.zh}失败：${detail}`, en: `${SAVING.en} failed: ${detail}` }, 'settings'));
      }
    }),
  );
}
