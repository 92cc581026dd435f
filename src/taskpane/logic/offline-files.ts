// The browser mode's other files, loaded on demand with the offline checker (never in Excel mode).
import type { RulePack } from '../../core/pack/schema';
import type { Lang, TablePlan } from '../../core/types';

const files = () => import(/* webpackChunkName: "offline" */ '../../adapters/exceljs/pane-files');

export async function templateFile(pack: RulePack, lang: Lang): Promise<Uint8Array> {
  return (await files()).templateFileBytes(pack, lang);
}

export async function sampleFile(pack: RulePack): Promise<Uint8Array> {
  return (await files()).sampleFileBytes(pack);
}

export async function tableFile(table: TablePlan): Promise<Uint8Array> {
  return (await files()).tableFileBytes(table);
}
