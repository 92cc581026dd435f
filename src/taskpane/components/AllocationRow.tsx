// One node of the category tree: its count against the quota and its amount against the budget.
import { Badge, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { AllocationLine } from '../logic/allocation';
import { formatAmount } from '../logic/allocation';
import { ui } from '../i18n';
import { flowUi } from '../i18n-flow';
import { useText } from '../lang-context';
import { NodeFindingLine } from './NodeFindingsList';
import { UsageBar } from './UsageBar';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  total: { borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`, fontWeight: tokens.fontWeightSemibold },
  over: { backgroundColor: tokens.colorPaletteRedBackground1 },
  title: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  code: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3 },
  findings: { listStyle: 'none', margin: 0, padding: 0 },
  // One bar under the other: side by side, a 350 px pane broke every caption in two.
  bars: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

// 16px per level keeps 3.3.5 readable in a 300px pane.
const INDENT_PX = 16;

export function AllocationRow({ line, onSelectRow }: { line: AllocationLine; onSelectRow?: (row: number) => void }) {
  const t = useText();
  const styles = useStyles();
  const over = line.overQuota || line.overBudget;
  const countCaption = line.quota === null ? ui.allocationCountNoQuota(line.approvedCount) : ui.allocationCount(line.approvedCount, line.quota);
  const amountCaption =
    line.budget === null
      ? ui.allocationAmountNoBudget(formatAmount(line.approvedAmount))
      : ui.allocationAmount(formatAmount(line.approvedAmount), formatAmount(line.budget));
  return (
    <li
      className={mergeClasses(styles.row, line.isTotal && styles.total, over && styles.over)}
      style={{ paddingInlineStart: `${line.indent * INDENT_PX}px` }}
      data-code={line.code}
      data-over={over ? 'true' : undefined}
    >
      <div className={styles.title}>
        {!line.isTotal && <span className={styles.code}>{line.code}</span>}
        <span>{line.name}</span>
        {line.overQuota && (
          <Badge color="danger" appearance="filled">
            {t(ui.overQuota)}
          </Badge>
        )}
        {line.overBudget && (
          <Badge color="danger" appearance="filled">
            {t(ui.overBudget)}
          </Badge>
        )}
      </div>
      <Caption1 data-testid="node-counts">{t(flowUi.nodeCounts(line.applications, line.eligible, line.pending, line.approvedCount))}</Caption1>
      <div className={styles.bars}>
        <UsageBar
          caption={t(countCaption)}
          ratio={line.countRatio}
          over={line.overQuota}
          label={t(ui.countBar(line.code))}
          figure={line.quota === null ? undefined : `${line.approvedCount}/${line.quota}`}
        />
        <UsageBar
          caption={t(amountCaption)}
          ratio={line.amountRatio}
          over={line.overBudget}
          label={t(ui.amountBar(line.code))}
          figure={line.budget === null ? undefined : `${formatAmount(line.approvedAmount)}/${formatAmount(line.budget)}`}
        />
      </div>
      {line.findings.length > 0 && (
        <ul className={styles.findings}>
          {line.findings.map((finding, i) => (
            <NodeFindingLine key={i} finding={finding} onSelectRow={onSelectRow} />
          ))}
        </ul>
      )}
    </li>
  );
}
