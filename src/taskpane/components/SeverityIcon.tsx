// The icon beside a finding: red for an error, amber for a warning, blue for a note.
import { tokens } from '@fluentui/react-components';
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from '@fluentui/react-icons';
import type { Severity } from '../../core/types';
import { ui } from '../i18n';
import { useText } from '../lang-context';

export function SeverityIcon({ severity }: { severity: Severity }) {
  const t = useText();
  const label = t(ui.severity[severity]);
  if (severity === 'error')
    return <ErrorCircle16Filled aria-label={label} role="img" primaryFill={tokens.colorPaletteRedForeground1} />;
  if (severity === 'warning')
    return <Warning16Filled aria-label={label} role="img" primaryFill={tokens.colorPaletteMarigoldForeground1} />;
  return <Info16Filled aria-label={label} role="img" primaryFill={tokens.colorPaletteBlueForeground2} />;
}
