// What the allocation bars mean: drawn with the same bar, so the key matches what it explains.
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { flowUi } from '../i18n-flow';
import { useText } from '../lang-context';
import { UsageBar } from './UsageBar';

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))',
    gap: tokens.spacingHorizontalM,
    paddingBlockEnd: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export function AllocationLegend() {
  const t = useText();
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={t(flowUi.legendTitle)} data-testid="allocation-legend">
      <UsageBar caption={t(flowUi.legendUsed)} ratio={0.6} over={false} label={t(flowUi.legendUsed)} />
      <UsageBar caption={t(flowUi.legendFull)} ratio={1} over={false} label={t(flowUi.legendFull)} />
      <UsageBar caption={t(flowUi.legendOver)} ratio={1.4} over label={t(flowUi.legendOver)} />
      <Caption1>{t(flowUi.legendMark)}</Caption1>
    </section>
  );
}
