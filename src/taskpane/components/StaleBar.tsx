// Results found with settings that have since changed: said plainly, with a way to check again.
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { ArrowClockwise16Regular } from '@fluentui/react-icons';
import { flowUi } from '../i18n-flow';
import { useText } from '../lang-context';

export function StaleBar({ onRecheck, disabled = false }: { onRecheck(): void; disabled?: boolean }) {
  const t = useText();
  return (
    <MessageBar intent="warning" data-testid="stale" layout="multiline">
      <MessageBarBody>{t(flowUi.stale)}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="primary" icon={<ArrowClockwise16Regular />} disabled={disabled} onClick={onRecheck}>
          {t(flowUi.recheck)}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
