// One sheet row and its findings. The row header selects the row in the sheet when it can.
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { RowFindings } from '../logic/findings';
import { ui } from '../i18n';
import { useText } from '../lang-context';
import { SeverityIcon } from './SeverityIcon';

const useStyles = makeStyles({
  card: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBlock: tokens.spacingVerticalS,
  },
  header: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline', flexWrap: 'wrap' },
  headerButton: { justifyContent: 'flex-start', textAlign: 'start', fontWeight: tokens.fontWeightSemibold },
  findings: { listStyle: 'none', margin: 0, paddingInlineStart: tokens.spacingHorizontalM },
  finding: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'flex-start', paddingBlock: '2px' },
  rule: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3 },
  clause: { color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap' },
});

export interface RowFindingsCardProps {
  group: RowFindings;
  /** Absent where there is no sheet to select in (the browser mode). */
  onSelect?: (row: number) => void;
}

export function RowFindingsCard({ group, onSelect }: RowFindingsCardProps) {
  const t = useText();
  const styles = useStyles();
  const title = `${t(ui.rowLabel(group.row))} · ${group.unit ?? t(ui.noUnit)} · ${group.project ?? t(ui.noProject)}`;
  return (
    <li className={styles.card} data-row={group.row}>
      <div className={styles.header}>
        {onSelect ? (
          <Button
            appearance="subtle"
            className={styles.headerButton}
            title={t(ui.selectRow(group.row))}
            onClick={() => onSelect(group.row)}
          >
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
            <span>
              <span className={styles.rule}>[{finding.rule}]</span> {t(finding.message)}{' '}
              {finding.clause && <Caption1 className={styles.clause}>{t(ui.clauseLabel(finding.clause))}</Caption1>}
            </span>
          </li>
        ))}
      </ul>
    </li>
  );
}
