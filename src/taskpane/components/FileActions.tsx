// After a check in the browser: download the checked copy or one of our sheets, or check again.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowClockwise20Regular, ArrowDownload20Regular } from '@fluentui/react-icons';
import type { OutputPlan } from '../../core/types';
import { downloadBytes } from '../logic/download';
import { tableFile } from '../logic/offline-files';
import { flowUi } from '../i18n-flow';
import { useText } from '../lang-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface FileActionsProps {
  plan: OutputPlan;
  /** The checked copy's name without .checked.xlsx, for the sheets' file names. */
  baseName: string;
  onRecheck(): void;
  onError(error: unknown): void;
}

export function FileActions({ plan, baseName, onRecheck, onError }: FileActionsProps) {
  const t = useText();
  const styles = useStyles();
  const download = (table: OutputPlan['summary']) => async () => {
    try {
      downloadBytes(await tableFile(table), `${baseName}.${table.name}.xlsx`);
    } catch (error) {
      onError(error);
    }
  };
  return (
    <div className={styles.root}>
      <Button icon={<ArrowClockwise20Regular />} onClick={onRecheck}>
        {t(flowUi.recheck)}
      </Button>
      <Button icon={<ArrowDownload20Regular />} onClick={download(plan.summary)}>
        {t(flowUi.downloadSummary)}
      </Button>
      <Button icon={<ArrowDownload20Regular />} onClick={download(plan.issues)}>
        {t(flowUi.downloadIssues)}
      </Button>
    </div>
  );
}
