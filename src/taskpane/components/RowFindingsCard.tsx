// One sheet row: its verdict, then its findings. In Excel mode the row and each finding are
// buttons that select the cell at fault (the finding's column; the row's first faulty cell).
import { Badge, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowRight12Regular } from '@fluentui/react-icons';
import type { Finding, Verdict } from '../../core/types';
import type { RowFindings } from '../logic/findings';
import { ui } from '../i18n';
import { flowUi } from '../i18n-flow';
import { useText } from '../lang-context';
import { SeverityIcon } from './SeverityIcon';

const useStyles = makeStyles({
  card: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBlock: tokens.spacingVerticalS,
  },
  header: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  headerButton: { justifyContent: 'flex-start', textAlign: 'start', fontWeight: tokens.fontWeightSemibold, textDecorationLine: 'underline' },
  findings: { listStyle: 'none', margin: 0, paddingInlineStart: tokens.spacingHorizontalS },
  finding: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'flex-start', paddingBlock: '2px' },
  findingButton: {
    justifyContent: 'flex-start',
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    minWidth: 0,
    width: '100%',
    paddingInline: tokens.spacingHorizontalXS,
    alignItems: 'flex-start',
  },
  go: { flexShrink: 0, marginTop: '4px', color: tokens.colorBrandForeground1 },
  rule: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3 },
  clause: { color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap' },
});

const BADGE_COLOR: Record<Verdict, 'success' | 'warning' | 'danger'> = {
  eligible: 'success',
  attention: 'warning',
  ineligible: 'danger',
};

export interface RowFindingsCardProps {
  group: RowFindings;
  onSelect?: (row: number, column?: number) => void;
}

function FindingText({ finding }: { finding: Finding }) {
  const t = useText();
  const styles = useStyles();
  return (
    <span>
      <span className={styles.rule}>[{finding.rule}]</span> {t(finding.message)}{' '}
      {finding.clause && <Caption1 className={styles.clause}>{t(ui.clauseLabel(finding.clause))}</Caption1>}
    </span>
  );
}

export function RowFindingsCard({ group, onSelect }: RowFindingsCardProps) {
  const t = useText();
  const styles = useStyles();
  const title = `${t(ui.rowLabel(group.row))} · ${group.unit ?? t(ui.noUnit)} · ${group.project ?? t(ui.noProject)}`;
  const firstColumn = group.findings.find((f) => f.column !== undefined)?.column;
  return (
    <li className={styles.card} data-row={group.row} data-verdict={group.verdict}>
      <div className={styles.header}>
        <Badge appearance="tint" color={BADGE_COLOR[group.verdict]} data-testid="row-verdict">
          {t(ui.verdict[group.verdict])}
        </Badge>
        {onSelect ? (
          <Button appearance="transparent" size="small" className={styles.headerButton} title={t(ui.selectRow(group.row))} onClick={() => onSelect(group.row, firstColumn)}>
            {title}
          </Button>
        ) : (
          <strong>{title}</strong>
        )}
      </div>
      <ul className={styles.findings}>
        {group.findings.map((finding, i) => (
          <li key={i} className={styles.finding}>
            <SeverityIcon severity={finding.severity} />
            {onSelect ? (
              <Button
                appearance="subtle"
                size="small"
                className={styles.findingButton}
                title={t(flowUi.goToCell(group.row, finding.header))}
                onClick={() => onSelect(group.row, finding.column)}
              >
                <FindingText finding={finding} />
                <ArrowRight12Regular className={styles.go} aria-hidden />
              </Button>
            ) : (
              <FindingText finding={finding} />
            )}
          </li>
        ))}
      </ul>
    </li>
  );
}
