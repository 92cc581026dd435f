// The icon beside a finding: red for an error, amber for a warning, blue for a note.
import { makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from '@fluentui/react-icons';
import type { Severity } from '../../core/types';
import { ui } from '../i18n';
import { useText } from '../lang-context';

const useStyles = makeStyles({
  // Beside a long wrapped message a flex item would otherwise shrink the icon to a dot.
  icon: { flexShrink: 0, marginTop: '2px' },
});

export function SeverityIcon({ severity }: { severity: Severity }) {
  const t = useText();
  const styles = useStyles();
  const props = { 'aria-label': t(ui.severity[severity]), role: 'img', className: styles.icon };
  if (severity === 'error') return <ErrorCircle16Filled {...props} primaryFill={tokens.colorPaletteRedForeground1} />;
  if (severity === 'warning') return <Warning16Filled {...props} primaryFill={tokens.colorPaletteMarigoldForeground1} />;
  return <Info16Filled {...props} primaryFill={tokens.colorPaletteBlueForeground2} />;
}
