// Excel mode, after a check: go to 分配汇总 or 问题清单, or open one to print (Office.js has no
// print command, so the pane shows the sheet and says which keys print it).
import { useState } from 'react';
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { Open16Regular, Print16Regular } from '@fluentui/react-icons';
import { flowUi } from '../i18n-flow';
import { useText } from '../lang-context';
import { ErrorBar } from './ErrorBar';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

export interface SheetButtonsProps {
  sheets: { summary: string; issues: string };
  onOpen(sheet: string): Promise<void>;
}

export function SheetButtons({ sheets, onOpen }: SheetButtonsProps) {
  const t = useText();
  const styles = useStyles();
  const [printing, setPrinting] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const open = (sheet: string, print: boolean) => async () => {
    setError(null);
    setPrinting(null);
    try {
      await onOpen(sheet);
      if (print) setPrinting(sheet);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <div className={styles.root}>
      {[sheets.summary, sheets.issues].map((sheet) => (
        <div key={sheet} className={styles.row}>
          <Button size="small" icon={<Open16Regular />} onClick={open(sheet, false)}>
            {t(flowUi.goToSheet(sheet))}
          </Button>
          <Button size="small" icon={<Print16Regular />} onClick={open(sheet, true)}>
            {t(flowUi.printSheet(sheet))}
          </Button>
        </div>
      ))}
      {printing && (
        <MessageBar intent="info">
          <MessageBarBody>{t(flowUi.printHint(printing))}</MessageBarBody>
        </MessageBar>
      )}
      {error !== null && <ErrorBar error={error} />}
    </div>
  );
}
