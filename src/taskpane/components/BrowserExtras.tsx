// Below the browser pane's results: the blank template as a download, the deadline, and (advanced)
// another year's rules, folded away so the workbook stays the first thing on the screen.
import { useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import type { PackChoiceState } from '../hooks/use-pack-choice';
import { browserDeadline } from '../logic/browser-deadline';
import { downloadBytes } from '../logic/download';
import { templateFile } from '../logic/offline-files';
import { flowUi } from '../i18n-flow';
import { useLang, useText } from '../lang-context';
import { DeadlineSetting } from './DeadlineSetting';
import { ErrorBar } from './ErrorBar';
import { PackChooser } from './PackChooser';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, alignItems: 'flex-start', paddingBlockEnd: tokens.spacingVerticalM },
});

export interface BrowserExtrasProps {
  packs: PackChoiceState;
  /** The deadline was saved: results found before it no longer hold. */
  onDeadlineSaved(): void;
}

export function BrowserExtras({ packs, onDeadlineSaved }: BrowserExtrasProps) {
  const t = useText();
  const lang = useLang();
  const styles = useStyles();
  const [error, setError] = useState<unknown>(null);
  const [deadline] = useState(() => ({
    read: browserDeadline.read,
    write: async (iso: string | null) => {
      await browserDeadline.write(iso);
      onDeadlineSaved();
    },
  }));
  const downloadTemplate = async () => {
    setError(null);
    try {
      downloadBytes(await templateFile(packs.choice.pack, lang), lang === 'zh' ? '申报汇总-空白模板.xlsx' : 'submissions-template.xlsx');
    } catch (err) {
      setError(err);
    }
  };
  return (
    <Accordion collapsible multiple aria-label={t(flowUi.templateAndSettings)}>
      <AccordionItem value="template">
        <AccordionHeader>{t(flowUi.templateSection)}</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Text size={200}>{t(flowUi.templateDownloadHint)}</Text>
          <Button icon={<ArrowDownload20Regular />} onClick={downloadTemplate}>
            {t(flowUi.templateDownload)}
          </Button>
          {error !== null && <ErrorBar error={error} />}
        </AccordionPanel>
      </AccordionItem>
      <AccordionItem value="settings">
        <AccordionHeader>{t(flowUi.settingsSection)}</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <DeadlineSetting read={deadline.read} write={deadline.write} hint={flowUi.deadlineBrowserHint} />
        </AccordionPanel>
      </AccordionItem>
      <AccordionItem value="advanced">
        <AccordionHeader>{t(flowUi.advancedSection)}</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <PackChooser packs={packs} />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
