// The pane inside Excel: four tabs over the live workbook.
import { useState } from 'react';
import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import {
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

const deadlineStore = {
  read: () => readWorkbookSettings(),
  write: (iso: string | null) => writeSubmissionDeadline(iso),
};

interface Outcome {
  result: CheckResult;
  notices: Message[];
  pack: RulePack;
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

  const runCheck = async () => {
    const pack = packs.choice.pack;
    setRunning(true);
    setError(null);
    setSelectError(null);
    dismissCommandError();
    setProgress({ stage: 'reading' });
    try {
      const { result, notices } = await checkActiveWorkbook({ pack, lang, onProgress: setProgress });
      setOutcome({ result, notices: mergeNotices(result.notices, notices), pack });
    } catch (err) {
      setOutcome(null);
      setError(err);
    } finally {
      setRunning(false);
      setProgress(null);
    }
  };

  const selectRow = async (row: number) => {
    if (!outcome) return;
    setSelectError(null);
    try {
      await selectCell(outcome.result.sheet, row);
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
          outcome={outcome}
          onCheck={runCheck}
          onSelectRow={selectRow}
        />
      )}
      {tab === 'allocation' && <AllocationView result={outcome?.result ?? null} pack={outcome?.pack ?? null} />}
      {tab === 'template' && <TemplateTab onInsert={() => insertTemplate(packs.choice.pack, lang)} />}
      {tab === 'settings' && <SettingsTab deadline={deadlineStore} packs={packs} />}
    </div>
  );
}
