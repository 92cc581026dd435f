// The browser mode's checker, loaded on demand: Excel mode never downloads exceljs.
import type { Lang } from '../../core/types';
import type { RulePack } from '../../core/pack/schema';

export interface OfflineCheckOptions {
  pack: RulePack;
  lang: Lang;
  /** The pane's deadline, read in place of the workbook's 设置. */
  submissionDeadline?: string | null;
  onStage?: (stage: 'open' | 'read' | 'check' | 'write', rows?: number) => void;
}

export async function checkFileOffline(bytes: Uint8Array, name: string, options: OfflineCheckOptions) {
  const { checkWorkbookBytes } = await import(/* webpackChunkName: "offline" */ '../../adapters/exceljs/check-bytes');
  return checkWorkbookBytes(bytes, name, options);
}

export type OfflineCheckOutcome = Awaited<ReturnType<typeof checkFileOffline>>;
