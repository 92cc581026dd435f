// The pane: a header with the language switch, then the Excel or the browser pane.
import { useState } from 'react';
import { Button, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { LocalLanguage20Regular } from '@fluentui/react-icons';
import type { Lang } from '../../core/types';
import type { PaneMode } from '../logic/host-mode';
import { ui } from '../i18n';
import { LangContext } from '../lang-context';
import { BrowserPane } from './BrowserPane';
import { ExcelPane } from './ExcelPane';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'center' },
});

export interface AppProps {
  mode: PaneMode;
  initialLang: Lang;
}

export function App({ mode, initialLang }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  return (
    <LangContext.Provider value={lang}>
      <main className={styles.root} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
        <header className={styles.header}>
          <Title3 as="h1">{ui.appTitle[lang]}</Title3>
          <Button
            appearance="subtle"
            size="small"
            icon={<LocalLanguage20Regular />}
            aria-label={ui.switchLanguageLabel[lang]}
            onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
          >
            {ui.switchLanguage[lang]}
          </Button>
        </header>
        {mode === 'excel' ? <ExcelPane /> : <BrowserPane />}
      </main>
    </LangContext.Provider>
  );
}
