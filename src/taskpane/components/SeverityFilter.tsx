// Toggle errors, warnings and notes in the findings list.
import { ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import type { Severity } from '../../core/types';
import { ALL_SEVERITIES } from '../logic/findings';
import { ui } from '../i18n';
import { useText } from '../lang-context';
import { SeverityIcon } from './SeverityIcon';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

export interface SeverityFilterProps {
  shown: ReadonlySet<Severity>;
  counts: Record<Severity, number>;
  onChange(shown: ReadonlySet<Severity>): void;
}

export function SeverityFilter({ shown, counts, onChange }: SeverityFilterProps) {
  const t = useText();
  const styles = useStyles();
  const toggle = (severity: Severity) => {
    const next = new Set(shown);
    if (next.has(severity)) next.delete(severity);
    else next.add(severity);
    onChange(next);
  };
  return (
    <div className={styles.row} role="group" aria-label={t(ui.severityFilter)}>
      {ALL_SEVERITIES.map((severity) => (
        <ToggleButton
          key={severity}
          size="small"
          checked={shown.has(severity)}
          icon={<SeverityIcon severity={severity} />}
          onClick={() => toggle(severity)}
        >
          {`${t(ui.severity[severity])} ${counts[severity]}`}
        </ToggleButton>
      ))}
    </div>
  );
}
