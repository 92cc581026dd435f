// One bar: what is approved against the limit, red once the limit is passed.
import { ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '2px' },
  over: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export interface UsageBarProps {
  /** The text under the bar, e.g. 批准 3 项 / 名额 4. */
  caption: string;
  /** 0..1; null draws no bar (the node has no limit of its own). */
  fraction: number | null;
  over: boolean;
  /** The bar's accessible name. */
  label: string;
}

export function UsageBar({ caption, fraction, over, label }: UsageBarProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {fraction !== null && (
        <ProgressBar
          aria-label={label}
          value={fraction}
          max={1}
          thickness="large"
          color={over ? 'error' : fraction >= 1 ? 'success' : 'brand'}
        />
      )}
      <Text size={200} className={over ? styles.over : undefined}>
        {caption}
      </Text>
    </div>
  );
}
