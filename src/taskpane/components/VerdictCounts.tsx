// 合格 / 需关注 / 不合格 as three badges with their counts.
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { Verdict } from '../../core/types';
import type { VerdictCounts as Counts } from '../logic/findings';
import { ui } from '../i18n';
import { useText } from '../lang-context';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const BADGE_COLOR: Record<Verdict, 'success' | 'warning' | 'danger'> = {
  eligible: 'success',
  attention: 'warning',
  ineligible: 'danger',
};

const VERDICTS: Verdict[] = ['eligible', 'attention', 'ineligible'];

export function VerdictCounts({ counts }: { counts: Counts }) {
  const t = useText();
  const styles = useStyles();
  return (
    <div className={styles.row} role="group" aria-label={t(ui.countsLabel)}>
      {VERDICTS.map((verdict) => (
        <Badge key={verdict} size="large" appearance="tint" color={BADGE_COLOR[verdict]}>
          {t(ui.verdict[verdict])}&nbsp;<span data-testid={`count-${verdict}`}>{counts[verdict]}</span>
        </Badge>
      ))}
    </div>
  );
}
