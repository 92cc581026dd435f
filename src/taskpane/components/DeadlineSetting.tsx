// The submission deadline, read from the 设置 sheet when the tab opens and saved back to it.
import { useEffect, useState } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { Save20Regular } from '@fluentui/react-icons';
import type { Message } from '../../core/types';
import { ui } from '../i18n';
import { useText } from '../lang-context';
import { ErrorBar } from './ErrorBar';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
});

export interface DeadlineSettingProps {
  read(): Promise<{ submissionDeadline: string | null }>;
  write(iso: string | null): Promise<void>;
  /** Where the date is kept, when not the 设置 sheet (the browser mode). */
  hint?: Message;
}

export function DeadlineSetting({ read, write, hint = ui.deadlineHint }: DeadlineSettingProps) {
  const t = useText();
  const styles = useStyles();
  const [value, setValue] = useState('');
  const [loading, setLoading] = useState(true);
  const [saved, setSaved] = useState<{ iso: string | null } | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    read()
      .then((settings) => live && setValue(settings.submissionDeadline ?? ''))
      .catch((err: unknown) => live && setError(err))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [read]);

  const save = async () => {
    setError(null);
    setSaved(null);
    const iso = value.trim() === '' ? null : value.trim();
    try {
      await write(iso);
      setSaved({ iso });
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section className={styles.root}>
      <Field label={t(ui.deadlineLabel)} hint={t(hint)}>
        <Input
          type="date"
          value={value}
          disabled={loading}
          placeholder={loading ? t(ui.loading) : undefined}
          onChange={(_, data) => {
            setValue(data.value);
            setSaved(null);
          }}
        />
      </Field>
      <Button icon={<Save20Regular />} disabled={loading} onClick={save}>
        {t(ui.deadlineSave)}
      </Button>
      {saved && (
        <MessageBar intent="success">
          <MessageBarBody>{t(ui.deadlineSaved(saved.iso))}</MessageBarBody>
        </MessageBar>
      )}
      {error !== null && <ErrorBar error={error} />}
    </section>
  );
}
