// The rule pack: the built-in one, or a JSON file the user chooses (refused with the path of the
// problem when it is not a valid pack).
import { useId, useState, type ChangeEvent } from 'react';
import { Button, Label, MessageBar, MessageBarBody, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowReset20Regular } from '@fluentui/react-icons';
import type { PackChoiceState } from '../hooks/use-pack-choice';
import { readFileText } from '../logic/read-file';
import { ui } from '../i18n';
import { useText } from '../lang-context';
import { ErrorBar } from './ErrorBar';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  field: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

export function PackChooser({ packs }: { packs: PackChoiceState }) {
  const t = useText();
  const styles = useStyles();
  const inputId = useId();
  const [error, setError] = useState<unknown>(null);
  const [loaded, setLoaded] = useState<string | null>(null);
  const { choice } = packs;

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again after fixing it must fire again
    if (!file) return;
    setError(null);
    setLoaded(null);
    try {
      await packs.chooseFile(await readFileText(file), file.name);
      setLoaded(file.name);
    } catch (err) {
      setError(err);
    }
  };

  const onBuiltIn = async () => {
    setError(null);
    setLoaded(null);
    try {
      await packs.chooseBuiltIn();
    } catch (err) {
      setError(err);
    }
  };

  const title = t(choice.pack.title);
  return (
    <section className={styles.root} aria-label={t(ui.packHeading)}>
      <Subtitle2>{t(ui.packHeading)}</Subtitle2>
      <Text data-testid="pack-current">{t(choice.fileName === null ? ui.packBuiltIn(title) : ui.packFromFile(title))}</Text>
      {packs.restoreWarning && (
        <MessageBar intent="warning">
          <MessageBarBody>{t(packs.restoreWarning)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.field}>
        <Label htmlFor={inputId}>{t(ui.packChoose)}</Label>
        <input id={inputId} type="file" accept=".json,application/json" onChange={onFile} />
      </div>
      {/* Also offered when a stored pack went bad, so it can be forgotten (the ribbon refuses it). */}
      {(choice.fileName !== null || packs.restoreWarning !== null) && (
        <Button icon={<ArrowReset20Regular />} onClick={onBuiltIn}>
          {t(ui.packUseBuiltIn)}
        </Button>
      )}
      {loaded && (
        <MessageBar intent="success">
          <MessageBarBody>{t(ui.packLoaded(loaded))}</MessageBarBody>
        </MessageBar>
      )}
      {error !== null && <ErrorBar error={error} />}
    </section>
  );
}
