// Things the core tells the user that are not findings (e.g. no 设置 sheet, so no late-submission check).
import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { Message } from '../../core/types';
import { useText } from '../lang-context';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export function NoticeList({ notices }: { notices: Message[] }) {
  const t = useText();
  const styles = useStyles();
  if (notices.length === 0) return null;
  return (
    <div className={styles.list} data-testid="notices">
      {notices.map((notice, i) => (
        <MessageBar key={i} intent="info">
          <MessageBarBody>{t(notice)}</MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
