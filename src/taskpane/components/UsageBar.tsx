// One bar: what is approved against the limit. The track has a mark at 100%; an over-limit bar runs
// past it, striped and labelled, so it reads without colour too (high contrast, colour blindness).
import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
  line: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  track: {
    position: 'relative',
    flexGrow: 1,
    height: '12px',
    backgroundColor: tokens.colorNeutralBackground5,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    overflow: 'hidden',
  },
  fill: { position: 'absolute', insetBlock: 0, insetInlineStart: 0, backgroundColor: tokens.colorBrandBackground, forcedColorAdjust: 'none' },
  full: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  over: {
    backgroundColor: tokens.colorPaletteRedBackground3,
    backgroundImage: `repeating-linear-gradient(45deg, transparent 0 4px, ${tokens.colorNeutralForegroundOnBrand} 4px 6px)`,
  },
  mark: { position: 'absolute', insetBlock: '-2px', width: '2px', backgroundColor: tokens.colorNeutralForeground1, forcedColorAdjust: 'none' },
  figure: { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  overText: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export interface UsageBarProps {
  /** The text under the bar, e.g. 批准 3 项 / 名额 4. */
  caption: string;
  /** approved / limit, not capped; null draws no bar (the node has no limit of its own). */
  ratio: number | null;
  over: boolean;
  /** The bar's accessible name. */
  label: string;
  /** Beside the bar: 4/3, 40/30. */
  figure?: string;
}

export function UsageBar({ caption, ratio, over, label, figure }: UsageBarProps) {
  const styles = useStyles();
  // Up to 100% the mark is at the end; past it the track stretches so the excess shows.
  const scale = ratio === null ? 1 : Math.max(1, Math.min(ratio, 2));
  const filled = ratio === null ? 0 : Math.min(ratio, 2) / scale;
  return (
    <div className={styles.root}>
      {ratio !== null && (
        <div className={styles.line}>
          <div
            className={styles.track}
            role="meter"
            aria-label={label}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(ratio * 100)}
            aria-valuetext={caption}
            data-over={over ? 'true' : undefined}
          >
            <div
              className={mergeClasses(styles.fill, ratio >= 1 && !over && styles.full, over && styles.over)}
              style={{ width: `${filled * 100}%` }}
            />
            <div className={styles.mark} style={{ insetInlineStart: `calc(${100 / scale}% - 2px)` }} />
          </div>
          {figure && <Text size={200} className={mergeClasses(styles.figure, over && styles.overText)}>{figure}</Text>}
        </div>
      )}
      <Text size={200} className={over ? styles.overText : undefined}>
        {caption}
      </Text>
    </div>
  );
}
