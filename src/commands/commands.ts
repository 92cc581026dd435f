// The ribbon button 一键校验: check the active workbook without opening the pane. The results go
// into the workbook (the two result columns, 分配汇总, 问题清单) and the findings sheet is brought to
// the front, so no dialog is needed. On failure nothing is written and the pane opens to say why.
import { checkActiveWorkbook, loadStoredPack, selectCell } from '../adapters/officejs';
import { defaultPack } from '../core/pack/built-in';
import { PackError, parsePack, type RulePack } from '../core/pack/schema';
import type { Message } from '../core/types';
import { ui } from '../taskpane/i18n';
import { rememberCommandError } from '../taskpane/logic/command-error';
import { errorMessage } from '../taskpane/logic/error-message';
import { pickLanguage } from '../taskpane/logic/host-mode';

/** Title on row 1, header on row 2 (TablePlan): row 2 shows the header with the first rows below. */
const TABLE_HEADER_ROW = 2;

class CommandError extends Error {
  constructor(readonly text: Message) {
    super(text.en);
    this.name = 'CommandError';
  }
}

/** The pack the user chose in the pane, or the built-in one. A stored pack gone bad stops the check. */
function packForCommand(): RulePack {
  const stored = loadStoredPack();
  if (stored === null || stored === undefined) return defaultPack;
  try {
    return parsePack(stored, 'stored rule pack');
  } catch (error) {
    if (error instanceof PackError) throw new CommandError(ui.commandPackInvalid(error.problems[0] ?? error.message));
    throw error;
  }
}

/** Open the pane where the host allows it (SharedRuntime 1.1); elsewhere the user opens it. */
async function showPane(): Promise<void> {
  try {
    const supported = Office.context?.requirements?.isSetSupported?.('SharedRuntime', '1.1') ?? false;
    if (supported && typeof Office.addin?.showAsTaskpane === 'function') await Office.addin.showAsTaskpane();
  } catch {
    // The sentence is stored; it shows the next time the pane opens.
  }
}

export async function runCheck(event: { completed(): void }): Promise<void> {
  try {
    const lang = pickLanguage(Office.context?.displayLanguage);
    const pack = packForCommand();
    const { result, plan } = await checkActiveWorkbook({ pack, lang, onProgress: () => undefined });
    const anyFinding = result.rows.some((row) => row.findings.length > 0) || result.nodes.some((n) => n.findings.length > 0);
    try {
      await selectCell(anyFinding ? plan.issues.name : plan.summary.name, TABLE_HEADER_ROW);
    } catch {
      // Bringing a sheet forward is a courtesy: the results are written already.
    }
  } catch (error) {
    rememberCommandError(ui.commandFailed(errorMessage(error)));
    await showPane();
  } finally {
    event.completed();
  }
}

function register(): void {
  if (typeof Office === 'undefined') return;
  if (Office.actions && typeof Office.actions.associate === 'function') Office.actions.associate('runCheck', runCheck);
  // Hosts before the Office.actions API look the function up on the global object by its name.
  (globalThis as unknown as { runCheck?: typeof runCheck }).runCheck = runCheck;
}

register();
