// 一键校验: run the check on the live workbook, show progress, then what it found.
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentTableCheckmark20Regular } from '@fluentui/react-icons';
import type { CheckResult, Message } from '../../core/types';
import { ui } from '../i18n';
import { useText } from '../lang-context';
import { CheckProgress, type Progress } from './CheckProgress';
import { ErrorBar } from './ErrorBar';
import { ResultsSummary } from './ResultsSummary';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface CheckTabProps {
  packTitle: Message;
  /** Why a stored pack was dropped for the built-in one, so nobody checks with a pack they did not mean. */
  packWarning: Message | null;
  running: boolean;
  progress: Progress | null;
  error: unknown;
  outcome: { result: CheckResult; notices: Message[] } | null;
  onCheck(): void;
  onSelectRow(row: number): void;
}

export function CheckTab({ packTitle, packWarning, running, progress, error, outcome, onCheck, onSelectRow }: CheckTabProps) {
  const t = useText();
  const styles = useStyles();
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
      {running && progress && <CheckProgress progress={progress} />}
      {error !== null && error !== undefined && <ErrorBar error={error} />}
      {!running && outcome && <ResultsSummary result={outcome.result} notices={outcome.notices} onSelectRow={onSelectRow} />}
    </div>
  );
}
