// Toggle 不合格, 需关注 and 合格 rows in the findings list; a pressed button shows its rows.
import { ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import type { Verdict } from '../../core/types';
import { ALL_VERDICTS, type VerdictCounts } from '../logic/findings';
import { ui } from '../i18n';
import { flowUi } from '../i18n-flow';
import { useText } from '../lang-context';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

export interface VerdictFilterProps {
  shown: ReadonlySet<Verdict>;
  /** Rows with findings, by verdict. */
  counts: VerdictCounts;
  onChange(shown: ReadonlySet<Verdict>): void;
}

export function VerdictFilter({ shown, counts, onChange }: VerdictFilterProps) {
  const t = useText();
  const styles = useStyles();
  const toggle = (verdict: Verdict) => {
    const next = new Set(shown);
    if (next.has(verdict)) next.delete(verdict);
    else next.add(verdict);
    onChange(next);
  };
  return (
    <div className={styles.row} role="group" aria-label={t(flowUi.verdictFilter)}>
      {ALL_VERDICTS.filter((verdict) => counts[verdict] > 0).map((verdict) => (
        <ToggleButton key={verdict} size="small" checked={shown.has(verdict)} aria-pressed={shown.has(verdict)} onClick={() => toggle(verdict)}>
          {`${t(ui.verdict[verdict])} ${counts[verdict]}`}
        </ToggleButton>
      ))}
    </div>
  );
}
