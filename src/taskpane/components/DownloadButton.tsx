// The checked copy of the workbook, offered as a download; the user's file stays as it was.
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import { downloadBytes } from '../logic/download';
import { ui } from '../i18n';
import { useText } from '../lang-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, alignItems: 'flex-start' },
});

export function DownloadButton({ bytes, fileName }: { bytes: Uint8Array; fileName: string }) {
  const t = useText();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Button appearance="primary" icon={<ArrowDownload20Regular />} onClick={() => downloadBytes(bytes, fileName)}>
        {t(ui.download)}
      </Button>
      <Caption1>{t(ui.downloadHint(fileName))}</Caption1>
    </div>
  );
}
