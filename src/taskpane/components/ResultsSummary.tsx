// What a finished check found: the counts, the notes, quotas and budgets, and the findings by row.
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckResult, Message } from '../../core/types';
import type { RulePack } from '../../core/pack/schema';
import { countVerdicts } from '../logic/findings';
import { ui } from '../i18n';
import { useText } from '../lang-context';
import { FindingsList } from './FindingsList';
import { NodeFindingsList } from './NodeFindingsList';
import { NoticeList } from './NoticeList';
import { VerdictCounts } from './VerdictCounts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface ResultsSummaryProps {
  result: CheckResult;
  notices: Message[];
  /** The pack the result was checked with, for the rules' titles. */
  pack?: RulePack | null;
  /** Absent where there is no sheet to select in (the browser mode). */
  onSelectCell?: (row: number, column?: number) => void;
  /** The findings list is shown on its own tab in the browser mode. */
  showFindings?: boolean;
}

export function ResultsSummary({ result, notices, pack = null, onSelectCell, showFindings = true }: ResultsSummaryProps) {
  const t = useText();
  const styles = useStyles();
  const selectRow = onSelectCell ? (row: number) => onSelectCell(row) : undefined;
  return (
    <div className={styles.root}>
      <Text>{t(ui.checkedSheet(result.sheet, result.rows.length))}</Text>
      <VerdictCounts counts={countVerdicts(result)} />
      <NoticeList notices={notices} />
      {showFindings && (
        <>
          <NodeFindingsList result={result} onSelectRow={selectRow} />
          <FindingsList result={result} pack={pack} onSelectCell={onSelectCell} />
        </>
      )}
    </div>
  );
}
