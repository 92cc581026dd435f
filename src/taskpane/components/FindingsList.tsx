// Every row with findings, grouped by row, with a filter by severity.
import { useMemo, useState } from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckResult, Severity } from '../../core/types';
import { ALL_SEVERITIES, countSeverities, groupFindingsByRow } from '../logic/findings';
import { ui } from '../i18n';
import { useText } from '../lang-context';
import { SeverityFilter } from './SeverityFilter';
import { RowFindingsCard } from './RowFindingsCard';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyle: 'none', margin: 0, padding: 0 },
});

export interface FindingsListProps {
  result: CheckResult;
  onSelectRow?: (row: number) => void;
}

export function FindingsList({ result, onSelectRow }: FindingsListProps) {
  const t = useText();
  const styles = useStyles();
  const [shown, setShown] = useState<ReadonlySet<Severity>>(() => new Set(ALL_SEVERITIES));
  const counts = useMemo(() => countSeverities(result), [result]);
  const groups = useMemo(() => groupFindingsByRow(result, shown), [result, shown]);
  const nothingFound = counts.error + counts.warning + counts.info === 0;
  return (
    <div className={styles.root}>
      {!nothingFound && <SeverityFilter shown={shown} counts={counts} onChange={setShown} />}
      <ul className={styles.list} data-testid="findings" aria-label={t(ui.tabFindings)}>
        {groups.map((group) => (
          <RowFindingsCard key={group.row} group={group} onSelect={onSelectRow} />
        ))}
      </ul>
      {groups.length === 0 && <Text>{t(nothingFound ? ui.allClear : ui.noFindings)}</Text>}
    </div>
  );
}
