// What the check is doing right now: the stage, and a bar when the adapter says how far it is.
import { Field, ProgressBar } from '@fluentui/react-components';
import type { Progress } from '../../adapters/officejs';
import { stageText } from '../i18n';
import { useText } from '../lang-context';

export type { Progress };

export function CheckProgress({ progress }: { progress: Progress }) {
  const t = useText();
  const known = progress.total !== undefined && progress.total > 0 && progress.done !== undefined;
  const value = known ? Math.min(1, (progress.done as number) / (progress.total as number)) : undefined;
  const counter = known ? ` ${progress.done}/${progress.total}` : '';
  return (
    <Field validationMessage={`${t(stageText[progress.stage])}${counter}`} validationState="none">
      <ProgressBar value={value} aria-label={t(stageText[progress.stage])} />
    </Field>
  );
}
