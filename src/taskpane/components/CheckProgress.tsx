// What the check is doing right now: the stage, and how many sheet rows it has got through.
import { Field, ProgressBar } from '@fluentui/react-components';
import type { Progress } from '../../adapters/officejs';
import { stageText } from '../i18n';
import { flowUi } from '../i18n-flow';
import { useText } from '../lang-context';

export type { Progress };

export function CheckProgress({ progress }: { progress: Progress }) {
  const t = useText();
  const known = progress.total !== undefined && progress.total > 0 && progress.done !== undefined;
  const value = known ? Math.min(1, (progress.done as number) / (progress.total as number)) : undefined;
  // Writing goes by requests, so its row count is an estimate.
  const rows = !known
    ? ''
    : ` ${t((progress.stage === 'writing' ? flowUi.progressRowsAbout : flowUi.progressRows)(progress.done as number, progress.total as number))}`;
  return (
    <Field validationMessage={`${t(stageText[progress.stage])}${rows}`} validationState="none">
      <ProgressBar value={value} aria-label={t(stageText[progress.stage])} />
    </Field>
  );
}
