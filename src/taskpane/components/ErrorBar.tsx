// An error as one clear sentence in the pane, never only in the console.
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { errorMessage } from '../logic/error-message';
import { ui } from '../i18n';
import { useText } from '../lang-context';

export function ErrorBar({ error }: { error: unknown }) {
  const t = useText();
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t(ui.errorTitle)}</MessageBarTitle>
        {t(errorMessage(error))}
      </MessageBarBody>
    </MessageBar>
  );
}
