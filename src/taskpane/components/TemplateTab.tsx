// 插入模板: add the template sheets to the workbook, and say what was added and what was there.
import { useState } from 'react';
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentAdd20Regular } from '@fluentui/react-icons';
import type { Message } from '../../core/types';
import { ui } from '../i18n';
import { useText } from '../lang-context';
import { ErrorBar } from './ErrorBar';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

interface Line {
  intent: 'success' | 'info';
  text: Message;
}

export interface TemplateTabProps {
  onInsert(): Promise<{ inserted: string[]; existed: string[] }>;
}

export function TemplateTab({ onInsert }: TemplateTabProps) {
  const t = useText();
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [outcome, setOutcome] = useState<Line[]>([]);

  const insert = async () => {
    setBusy(true);
    setError(null);
    setOutcome([]);
    try {
      const { inserted, existed } = await onInsert();
      const lines: Line[] = [];
      if (inserted.length > 0) lines.push({ intent: 'success', text: ui.templateInserted(inserted) });
      if (existed.length > 0) lines.push({ intent: 'info', text: ui.templateExisted(existed) });
      setOutcome(lines);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.root}>
      <Text size={200}>{t(ui.templateHint)}</Text>
      <Button appearance="primary" icon={<DocumentAdd20Regular />} disabled={busy} onClick={insert}>
        {t(ui.templateButton)}
      </Button>
      {outcome.map((line, i) => (
        <MessageBar key={i} intent={line.intent}>
          <MessageBarBody>{t(line.text)}</MessageBarBody>
        </MessageBar>
      ))}
      {error !== null && <ErrorBar error={error} />}
    </div>
  );
}
