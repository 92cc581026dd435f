// Every row with findings, grouped by row with its verdict, filtered by verdict, severity, rule and
// a search on unit or project, 50 rows a page (a 5,000-row round is a few pages, not 285 screens).
import { useMemo, useState } from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckResult, Severity, Verdict } from '../../core/types';
import type { RulePack } from '../../core/pack/schema';
import {
  ALL_SEVERITIES,
  ALL_VERDICTS,
  PAGE_SIZE,
  countRowsWithFindings,
  countSeverities,
  filterRowGroups,
  pageOf,
  rulesFound,
} from '../logic/findings';
import { ui } from '../i18n';
import { useLang, useText } from '../lang-context';
import { PageNav } from './PageNav';
import { RowFindingsCard } from './RowFindingsCard';
import { RuleSearch } from './RuleSearch';
import { SeverityFilter } from './SeverityFilter';
import { VerdictFilter } from './VerdictFilter';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyle: 'none', margin: 0, padding: 0 },
});

export interface FindingsListProps {
  result: CheckResult;
  /** For the rules' titles; without it the filter names rules by id. */
  pack?: RulePack | null;
  /** Absent where there is no sheet to select in (the browser mode). */
  onSelectCell?: (row: number, column?: number) => void;
}

export function FindingsList({ result, pack = null, onSelectCell }: FindingsListProps) {
  const t = useText();
  const lang = useLang();
  const styles = useStyles();
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(() => new Set(ALL_SEVERITIES));
  const [verdicts, setVerdicts] = useState<ReadonlySet<Verdict>>(() => new Set(ALL_VERDICTS));
  const [rule, setRule] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const counts = useMemo(() => countSeverities(result), [result]);
  const rowCounts = useMemo(() => countRowsWithFindings(result), [result]);
  const rules = useMemo(() => rulesFound(result, pack, lang), [result, pack, lang]);
  const groups = useMemo(
    () => filterRowGroups(result, { severities, verdicts, rule, search }),
    [result, severities, verdicts, rule, search],
  );
  const shown = pageOf(groups, page);
  const nothingFound = counts.error + counts.warning + counts.info === 0;
  // Any change of filter starts again at the first page.
  const refilter = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setPage(0);
  };
  return (
    <div className={styles.root}>
      {!nothingFound && (
        <>
          <VerdictFilter shown={verdicts} counts={rowCounts} onChange={refilter(setVerdicts)} />
          <SeverityFilter shown={severities} counts={counts} onChange={refilter(setSeverities)} />
          <RuleSearch rules={rules} rule={rule} search={search} onRule={refilter(setRule)} onSearch={refilter(setSearch)} />
          <PageNav page={shown.page} pages={shown.pages} size={PAGE_SIZE} total={groups.length} onPage={setPage} />
        </>
      )}
      <ul className={styles.list} data-testid="findings" aria-label={t(ui.tabFindings)}>
        {shown.items.map((group) => (
          <RowFindingsCard key={group.row} group={group} onSelect={onSelectCell} />
        ))}
      </ul>
      {groups.length === 0 && <Text>{t(nothingFound ? ui.allClear : ui.noFindings)}</Text>}
      {shown.pages > 1 && <PageNav page={shown.page} pages={shown.pages} size={PAGE_SIZE} total={groups.length} onPage={setPage} />}
    </div>
  );
}
