// The pane without Excel (a plain browser, WPS): the workbook is checked here, in the browser.
import { useEffect, useRef, useState } from 'react';
import {
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
import { checkedFileName, isWorkbookFileName } from '../logic/file-name';
import { checkFileOffline, type OfflineCheckOutcome } from '../logic/offline-check';
import { mergeNotices } from '../logic/notices';
import { localPackStore } from '../logic/pack-choice';
import { readFileBytes } from '../logic/read-file';
import { ui } from '../i18n';
import { useLang, useText } from '../lang-context';
import { AllocationView } from './AllocationView';
import { DownloadButton } from './DownloadButton';
import { ErrorBar } from './ErrorBar';
import { FindingsList } from './FindingsList';
import { PackChooser } from './PackChooser';
import { ResultsSummary } from './ResultsSummary';
import { WorkbookDropZone } from './WorkbookDropZone';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

interface Checked {
  fileName: string;
  outcome: OfflineCheckOutcome;
  pack: RulePack;
}

export function BrowserPane() {
  const t = useText();
  const lang = useLang();
  const styles = useStyles();
  const packs = usePackChoice(localPackStore);
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [tab, setTab] = useState<'findings' | 'allocation'>('findings');
  const latest = useRef(0);

  const pack = packs.choice.pack;

  // A new file or another pack checks again; an older run finishing late is ignored.
  useEffect(() => {
    if (!file) return;
    const run = ++latest.current;
    setBusy(true);
    setError(null);
    checkFileOffline(file.bytes, file.name, { pack, lang })
      .then((outcome) => run === latest.current && setChecked({ fileName: file.name, outcome, pack }))
      .catch((err: unknown) => {
        if (run !== latest.current) return;
        setChecked(null);
        setError(err);
      })
      .finally(() => run === latest.current && setBusy(false));
    // The language is left out on purpose: switching it must not re-run a long check.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file, pack]);

  const onFile = async (chosen: File) => {
    if (!isWorkbookFileName(chosen.name)) {
      setError({ text: ui.notXlsx(chosen.name) });
      return;
    }
    try {
      setFile({ name: chosen.name, bytes: await readFileBytes(chosen) });
    } catch (err) {
      setError(err);
    }
  };

  const outcome = checked?.outcome;
  return (
    <div className={styles.root}>
      <MessageBar intent="info">
        <MessageBarBody>
          <MessageBarTitle>{t(ui.browserBannerTitle)}</MessageBarTitle>
          {t(ui.browserBanner)}
        </MessageBarBody>
      </MessageBar>
      <PackChooser packs={packs} />
      <WorkbookDropZone disabled={busy} current={file?.name ?? null} onFile={onFile} />
      {busy && file && <Spinner size="small" label={t(ui.checkingFile(file.name))} />}
      {error !== null && <ErrorBar error={error} />}
      {!busy && checked && outcome && (
        <>
          <DownloadButton bytes={outcome.output} fileName={checkedFileName(checked.fileName)} />
          <ResultsSummary result={outcome.result} notices={mergeNotices(outcome.result.notices, outcome.warnings)} showFindings={false} />
          <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as 'findings' | 'allocation')} size="small">
            <Tab value="findings">{t(ui.tabFindings)}</Tab>
            <Tab value="allocation">{t(ui.tabAllocation)}</Tab>
          </TabList>
          {tab === 'findings' && <FindingsList result={outcome.result} />}
          {tab === 'allocation' && <AllocationView result={outcome.result} pack={checked.pack} />}
        </>
      )}
    </div>
  );
}
