// The pane inside Excel: four tabs over the live workbook.
import { useRef, useState } from 'react';
import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import {
  activateSheet,
  checkActiveWorkbook,
  insertTemplate,
  loadStoredPack,
  readWorkbookSettings,
  selectCell,
  storePack,
  writeSubmissionDeadline,
} from '../../adapters/officejs';
import type { CheckResult, Message } from '../../core/types';
import type { RulePack } from '../../core/pack/schema';
import { useCommandError } from '../hooks/use-command-error';
import { usePackChoice } from '../hooks/use-pack-choice';
import { mergeNotices } from '../logic/notices';
import type { PackStore } from '../logic/pack-choice';
import { ui } from '../i18n';
import { useLang, useText } from '../lang-context';
import { AllocationView } from './AllocationView';
import { CheckTab } from './CheckTab';
import type { Progress } from './CheckProgress';
import { ErrorBar } from './ErrorBar';
import { SettingsTab } from './SettingsTab';
import { TemplateTab } from './TemplateTab';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

type TabValue = 'check' | 'allocation' | 'template' | 'settings';

// Read through at call time, so the pack is the workbook's, not a copy taken at start-up.
const workbookPackStore: PackStore = {
  load: () => loadStoredPack(),
  save: (json) => storePack(json),
};


interface Outcome {
  result: CheckResult;
  notices: Message[];
  pack: RulePack;
  /** Where this check wrote 分配汇总 and 问题清单 (another name when the user has a sheet of ours). */
  sheets: { summary: string; issues: string };
}

export function ExcelPane() {
  const t = useText();
  const lang = useLang();
  const styles = useStyles();
  const packs = usePackChoice(workbookPackStore);
  const [tab, setTab] = useState<TabValue>('check');
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [selectError, setSelectError] = useState<unknown>(null);
  const [commandError, dismissCommandError] = useCommandError();
  const [cancelled, setCancelled] = useState(false);
  // The deadline saved after the last check: its results no longer hold.
  const [deadlineChanged, setDeadlineChanged] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const stale = outcome !== null && (deadlineChanged || outcome.pack !== packs.choice.pack);
  const [deadlineStore] = useState(() => ({
    read: () => readWorkbookSettings(),
    write: async (iso: string | null) => {
      await writeSubmissionDeadline(iso);
      setDeadlineChanged(true);
    },
  }));

  const runCheck = async () => {
    const pack = packs.choice.pack;
    const controller = new AbortController();
    abort.current = controller;
    setRunning(true);
    setError(null);
    setCancelled(false);
    setSelectError(null);
    dismissCommandError();
    setProgress({ stage: 'reading' });
    try {
      const { result, plan, notices } = await checkActiveWorkbook({ pack, lang, onProgress: setProgress, signal: controller.signal });
      const sheets = { summary: plan.summary.name, issues: plan.issues.name };
      setOutcome({ result, notices: mergeNotices(result.notices, notices), pack, sheets });
      setDeadlineChanged(false);
    } catch (err) {
      // A cancelled check wrote nothing: the earlier results still describe the workbook.
      if ((err as { code?: unknown }).code === 'cancelled') setCancelled(true);
      else {
        setOutcome(null);
        setError(err);
      }
    } finally {
      abort.current = null;
      setRunning(false);
      setProgress(null);
    }
  };

  const selectRow = async (row: number, column?: number) => {
    if (!outcome) return;
    setSelectError(null);
    try {
      await selectCell(outcome.result.sheet, row, column ?? 1);
    } catch (err) {
      setSelectError(err);
    }
  };

  return (
    <div className={styles.root}>
      <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as TabValue)} size="small">
        <Tab value="check">{t(ui.tabCheck)}</Tab>
        <Tab value="allocation">{t(ui.tabAllocation)}</Tab>
        <Tab value="template">{t(ui.tabTemplate)}</Tab>
        <Tab value="settings">{t(ui.tabSettings)}</Tab>
      </TabList>
      {commandError && <ErrorBar error={{ text: commandError }} />}
      {selectError !== null && <ErrorBar error={selectError} />}
      {tab === 'check' && (
        <CheckTab
          packTitle={packs.choice.pack.title}
          packWarning={packs.restoreWarning}
          running={running}
          progress={progress}
          error={error}
          cancelled={cancelled}
          outcome={outcome}
          stale={stale}
          onCheck={runCheck}
          onCancel={() => abort.current?.abort()}
          onSelectCell={selectRow}
          onOpenSheet={activateSheet}
        />
      )}
      {tab === 'allocation' && <AllocationView result={outcome?.result ?? null} pack={outcome?.pack ?? null} onSelectRow={(row) => selectRow(row)} />}
      {tab === 'template' && <TemplateTab onInsert={() => insertTemplate(packs.choice.pack, lang)} />}
      {tab === 'settings' && <SettingsTab deadline={deadlineStore} packs={packs} />}
    </div>
  );
}
