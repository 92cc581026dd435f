// The check, inside Excel: read the live workbook, run the core, write the two result columns and
// our two sheets, all in one Excel.run. The number of syncs does not grow with the rows except by
// chunks: 2 (sheets and heads) + read chunks + write chunks.
import { checkWorkbook } from '../../core/check';
import type { RulePack } from '../../core/pack/schema';
import { planOutputs } from '../../core/summary';
import type { CheckResult, Lang, Message, OutputPlan } from '../../core/types';
import { OfficeHostError, asHostAction } from './errors';
import { excel, hostCapabilities, requireMinimumApi } from './host';
import { writeOutputSheets } from './output-sheets';
import { PAYLOAD_BUDGET_BYTES, jsonBytes } from './payload';
import { readLiveWorkbook } from './read-workbook';
import { requireUnprotected, requireUnprotectedStructure } from './sheet-guards';
import { newResultColumns, showColumns } from './show-result-columns';
import { Session, SyncStats } from './session';
import { WriteBatch } from './write-batch';
import { writeResultColumns } from './write-result-columns';

export interface Progress {
  stage: 'reading' | 'checking' | 'writing' | 'done';
  /** Sheet rows: read so far, or (writing) about how many have their results written. */
  done?: number;
  total?: number;
}

export interface OfficeCheckOutcome {
  result: CheckResult;
  plan: OutputPlan;
  /** The core's notices, the plan's (a sheet written under another name) and the host's. */
  notices: Message[];
  stats: SyncStats;
}

export interface CheckOptions {
  pack: RulePack;
  lang: Lang;
  onProgress?: (p: Progress) => void;
  /** Aborting before the writing starts stops the check with nothing written (code `cancelled`). */
  signal?: AbortSignal;
}

const LINKS_NOT_WRITTEN: Message = {
  zh: '此版本 Excel 不支持单元格超链接（需要 ExcelApi 1.7）：问题清单中的行号不是链接，冻结窗格也未设置。',
  en: 'This Excel does not support cell hyperlinks (ExcelApi 1.7 is needed): row numbers in the issues sheet are not links, and panes are not frozen.',
};

const CANCELLED: Message = {
  zh: '已取消校验，工作簿没有改动。',
  en: 'The check was cancelled; the workbook was not changed.',
};

function stopIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new OfficeHostError(CANCELLED, 'cancelled');
}

const CHECKING: Message = { zh: '检查工作簿', en: 'Checking the workbook' };

export function checkActiveWorkbook({ pack, lang, onProgress = () => undefined, signal }: CheckOptions): Promise<OfficeCheckOutcome> {
  return asHostAction(CHECKING, async () => {
    requireMinimumApi();
    const caps = hostCapabilities();
    return excel().run(async (context) => {
      const session = new Session(context);
      onProgress({ stage: 'reading' });
      const live = await readLiveWorkbook(session, pack, {
        merges: caps.merges,
        onChunk: (done, total) => {
          stopIfCancelled(signal);
          onProgress({ stage: 'reading', done, total });
        },
      });
      stopIfCancelled(signal);

      onProgress({ stage: 'checking' });
      const result = checkWorkbook(live.input, pack, { sheet: live.submissionsSheet });
      const submissionsHead = live.heads.sheets.find((s) => s.name === result.sheet)!;
      requireUnprotected(submissionsHead);
      requireUnprotectedStructure(live.heads);
      const existing = live.heads.sheets.map((s) => ({ name: s.name, a1: s.a1 }));
      const plan = planOutputs(result, pack, lang, existing);

      // Values and their formats: about twice the plan's JSON, in requests of the budget's size.
      const expectedChunks = Math.max(1, Math.ceil((2 * jsonBytes(plan)) / PAYLOAD_BUDGET_BYTES));
      // The last moment to stop with nothing written: from here the writing runs to its end.
      stopIfCancelled(signal);
      // Writes are counted in requests; the pane is told rows, in proportion.
      const rows = result.rows.length;
      onProgress({ stage: 'writing', done: 0, total: rows });
      const batch = new WriteBatch(session, caps.suspendCalc, (done) =>
        onProgress({ stage: 'writing', done: Math.round((rows * Math.min(done, expectedChunks)) / expectedChunks), total: rows }),
      );
      const sheet = context.workbook.worksheets.getItem(plan.resultColumns.sheet);
      // Our own sheets first: where Excel cannot tell us the workbook is protected (before ExcelApi
      // 1.7), its refusal then comes before anything on the user's sheet has changed.
      await writeOutputSheets(batch, context.workbook, existing, plan, pack, { freeze: caps.freeze, links: caps.links });
      await writeResultColumns(batch, sheet, plan.resultColumns);
      await showColumns(batch, sheet, newResultColumns(submissionsHead, plan.resultColumns));
      await batch.flush();
      session.stats.writeChunks = batch.chunks;
      onProgress({ stage: 'done' });

      const notices = [...result.notices, ...(plan.notices ?? []), ...live.notices, ...(caps.links ? [] : [LINKS_NOT_WRITTEN])];
      return { result, plan, notices, stats: { ...session.stats } };
    });
  });
}
