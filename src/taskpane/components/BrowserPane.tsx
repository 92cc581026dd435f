// The pane without Excel (a plain browser, WPS): the workbook is checked here, in the browser.
// The workbook chooser comes first; the template, the deadline and other years' rules are folded
// away below. A setting changed after a check marks the results stale and offers 重新校验.
import { useRef, useState } from 'react';
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { RulePack } from '../../core/pack/schema';
import { usePackChoice } from '../hooks/use-pack-choice';
import { browserDeadline } from '../logic/browser-deadline';
import { checkedFileName, isWorkbookFileName } from '../logic/file-name';
import { checkFileOffline, type OfflineCheckOutcome } from '../logic/offline-check';
import { sampleFile } from '../logic/offline-files';
import { mergeNotices } from '../logic/notices';
import { localPackStore } from '../logic/pack-choice';
import { readFileBytes } from '../logic/read-file';
import { ui } from '../i18n';
import { flowUi } from '../i18n-flow';
import { useLang, useText } from '../lang-context';
import { AllocationView } from './AllocationView';
import { BrowserExtras } from './BrowserExtras';
import { DownloadButton } from './DownloadButton';
import { ErrorBar } from './ErrorBar';
import { FileActions } from './FileActions';
import { FindingsList } from './FindingsList';
import { NodeFindingsList } from './NodeFindingsList';
import { ResultsSummary } from './ResultsSummary';
import { StaleBar } from './StaleBar';
import { WorkbookDropZone } from './WorkbookDropZone';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  results: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

interface Checked {
  fileName: string;
  outcome: OfflineCheckOutcome;
  pack: RulePack;
  deadline: string | undefined;
}

interface ChosenFile {
  name: string;
  bytes: Uint8Array;
}

export function BrowserPane() {
  const t = useText();
  const lang = useLang();
  const styles = useStyles();
  const packs = usePackChoice(localPackStore);
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [busy, setBusy] = useState<{ name: string; rows?: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [deadline, setDeadline] = useState(() => browserDeadline.current());
  const [tab, setTab] = useState<'findings' | 'allocation'>('findings');
  const latest = useRef(0);

  const pack = packs.choice.pack;
  const stale = checked !== null && (checked.pack !== pack || checked.deadline !== deadline);

  // An older run finishing late is ignored. An error replaces the old results, never sits on them.
  const check = async (chosen: ChosenFile) => {
    const run = ++latest.current;
    setFile(chosen);
    setBusy({ name: chosen.name });
    setError(null);
    try {
      const options = { pack, lang, ...(deadline !== undefined ? { submissionDeadline: deadline } : {}) };
      const outcome = await checkFileOffline(chosen.bytes, chosen.name, {
        ...options,
        onStage: (_stage, rows) => run === latest.current && rows !== undefined && setBusy({ name: chosen.name, rows }),
      });
      if (run !== latest.current) return;
      setChecked({ fileName: chosen.name, outcome, pack, deadline });
    } catch (err) {
      if (run !== latest.current) return;
      setChecked(null);
      setError(err);
    } finally {
      if (run === latest.current) setBusy(null);
    }
  };

  const refuse = (problem: unknown) => {
    latest.current++;
    setChecked(null);
    setError(problem);
  };

  const onFile = async (chosen: File) => {
    if (/\.json$/i.test(chosen.name)) return refuse({ text: flowUi.packInWorkbookZone(chosen.name) });
    if (!isWorkbookFileName(chosen.name)) return refuse({ text: ui.notXlsx(chosen.name) });
    try {
      await check({ name: chosen.name, bytes: await readFileBytes(chosen) });
    } catch (err) {
      refuse(err);
    }
  };

  const trySample = async () => {
    try {
      await check({ name: t(flowUi.sampleName), bytes: await sampleFile(pack) });
    } catch (err) {
      refuse(err);
    }
  };

  const outcome = checked?.outcome;
  const notices = outcome
    ? mergeNotices(outcome.result.notices, outcome.warnings, checked?.deadline ? [flowUi.deadlineApplied(checked.deadline)] : [])
    : [];
  return (
    <div className={styles.root}>
      <MessageBar intent="info">
        <MessageBarBody>
          <MessageBarTitle>{t(ui.browserBannerTitle)}</MessageBarTitle>
          {t(ui.browserBanner)}
        </MessageBarBody>
      </MessageBar>
      <WorkbookDropZone disabled={busy !== null} current={file?.name ?? null} onFile={onFile} />
      {file === null && busy === null && (
        <MessageBar intent="success" data-testid="first-run" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(flowUi.firstRunTitle)}</MessageBarTitle>
            {t(flowUi.firstRunBody)}{' '}
            <Button size="small" appearance="primary" onClick={trySample}>
              {t(flowUi.trySample)}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {busy && (
        <Spinner size="small" label={t(busy.rows === undefined ? ui.checkingFile(busy.name) : flowUi.checkingRows(busy.name, busy.rows))} />
      )}
      {error !== null && busy === null && <ErrorBar error={error} />}
      {busy === null && checked && outcome && file && (
        <section className={styles.results} aria-label={t(ui.tabFindings)}>
          {stale && <StaleBar onRecheck={() => void check(file)} />}
          <DownloadButton bytes={outcome.output} fileName={checkedFileName(checked.fileName)} />
          <FileActions
            plan={outcome.plan}
            baseName={checkedFileName(checked.fileName).replace(/\.checked\.xlsx$/, '')}
            onRecheck={() => void check(file)}
            onError={setError}
          />
          <ResultsSummary result={outcome.result} notices={notices} showFindings={false} />
          <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as 'findings' | 'allocation')} size="small">
            <Tab value="findings">{t(ui.tabFindings)}</Tab>
            <Tab value="allocation">{t(ui.tabAllocation)}</Tab>
          </TabList>
          {tab === 'findings' && (
            <>
              <NodeFindingsList result={outcome.result} />
              <FindingsList result={outcome.result} pack={checked.pack} />
            </>
          )}
          {tab === 'allocation' && <AllocationView result={outcome.result} pack={checked.pack} />}
        </section>
      )}
      <BrowserExtras packs={packs} onDeadlineSaved={() => setDeadline(browserDeadline.current())} />
    </div>
  );
}
