// What a finished check found: the counts, the notes, and the findings by row.
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckResult, Message } from '../../core/types';
import { countVerdicts } from '../logic/findings';
import { ui } from '../i18n';
import { useText } from '../lang-context';
import { FindingsList } from './FindingsList';
import { NoticeList } from './NoticeList';
import { VerdictCounts } from './VerdictCounts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface ResultsSummaryProps {
  result: CheckResult;
  notices: Message[];
  onSelectRow?: (row: number) => void;
  /** The findings list is shown on its own tab in the browser mode. */
  showFindings?: boolean;
}

export function ResultsSummary({ result, notices, onSelectRow, showFindings = true }: ResultsSummaryProps) {
  const t = useText();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Text>{t(ui.checkedSheet(result.sheet, result.rows.length))}</Text>
      <VerdictCounts counts={countVerdicts(result)} />
      <NoticeList notices={notices} />
      {showFindings && <FindingsList result={result} onSelectRow={onSelectRow} />}
    </div>
  );
}
