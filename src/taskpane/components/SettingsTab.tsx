// 设置: the submission deadline (Excel only) and the rule pack.
import { Divider, makeStyles, tokens } from '@fluentui/react-components';
import type { PackChoiceState } from '../hooks/use-pack-choice';
import { DeadlineSetting, type DeadlineSettingProps } from './DeadlineSetting';
import { PackChooser } from './PackChooser';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

export interface SettingsTabProps {
  deadline: DeadlineSettingProps;
  packs: PackChoiceState;
}

export function SettingsTab({ deadline, packs }: SettingsTabProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <DeadlineSetting read={deadline.read} write={deadline.write} />
      <Divider />
      <PackChooser packs={packs} />
    </div>
  );
}
