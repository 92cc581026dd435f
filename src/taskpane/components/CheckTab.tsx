// 一键校验: run the check on the live workbook, show progress (with a cancel), then what it found.
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Dismiss16Regular, DocumentTableCheckmark20Regular } from '@fluentui/react-icons';
import type { CheckResult, Message } from '../../core/types';
import type { RulePack } from '../../core/pack/schema';
import { ui } from '../i18n';
import { flowUi } from '../i18n-flow';
import { useText } from '../lang-context';
import { CheckProgress, type Progress } from './CheckProgress';
import { ErrorBar } from './ErrorBar';
import { ResultsSummary } from './ResultsSummary';
import { SheetButtons } from './SheetButtons';
import { StaleBar } from './StaleBar';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  running: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'flex-start' },
});

export interface CheckTabProps {
  packTitle: Message;
  /** Why a stored pack was dropped for the built-in one, so nobody checks with a pack they did not mean. */
  packWarning: Message | null;
  running: boolean;
  progress: Progress | null;
  error: unknown;
  /** The last check was cancelled: nothing was written. */
  cancelled: boolean;
  outcome: { result: CheckResult; notices: Message[]; pack: RulePack; sheets: { summary: string; issues: string } } | null;
  /** A setting changed since the outcome was found. */
  stale: boolean;
  onCheck(): void;
  onCancel(): void;
  onSelectCell(row: number, column?: number): void;
  onOpenSheet(sheet: string): Promise<void>;
}

export function CheckTab(props: CheckTabProps) {
  const { packTitle, packWarning, running, progress, error, cancelled, outcome, stale, onCheck, onCancel, onSelectCell, onOpenSheet } = props;
  const t = useText();
  const styles = useStyles();
  // Once the writing starts it runs to its end, so the workbook is never left half written.
  const canCancel = running && progress !== null && (progress.stage === 'reading' || progress.stage === 'checking');
  return (
    <div className={styles.root}>
      <Text size={200}>{t(ui.checkHint)}</Text>
      <Text size={200}>{t(ui.packInUse(t(packTitle)))}</Text>
      {packWarning && (
        <MessageBar intent="warning">
          <MessageBarBody>{t(packWarning)}</MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" icon={<DocumentTableCheckmark20Regular />} disabled={running} onClick={onCheck}>
        {t(ui.checkButton)}
      </Button>
      {running && progress && (
        <div className={styles.running}>
          <CheckProgress progress={progress} />
          {canCancel ? (
            <Button size="small" icon={<Dismiss16Regular />} onClick={onCancel}>
              {t(flowUi.cancel)}
            </Button>
          ) : (
            <Text size={200}>{t(flowUi.cancelTooLate)}</Text>
          )}
        </div>
      )}
      {cancelled && !running && (
        <MessageBar intent="info">
          <MessageBarBody>{t(flowUi.cancelled)}</MessageBarBody>
        </MessageBar>
      )}
      {error !== null && error !== undefined && <ErrorBar error={error} />}
      {!running && outcome && stale && <StaleBar onRecheck={onCheck} />}
      {!running && outcome && <SheetButtons sheets={outcome.sheets} onOpen={onOpenSheet} />}
      {!running && outcome && (
        <ResultsSummary result={outcome.result} notices={outcome.notices} pack={outcome.pack} onSelectCell={onSelectCell} />
      )}
    </div>
  );
}
