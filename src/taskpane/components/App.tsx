// The pane: a header with the language switch, then the Excel or the browser pane.
import { useState } from 'react';
import { Button, Link, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { LocalLanguage20Regular, QuestionCircle16Regular } from '@fluentui/react-icons';
import type { Lang } from '../../core/types';
import type { PaneMode } from '../logic/host-mode';
import { ui } from '../i18n';
import { flowUi } from '../i18n-flow';
import { LangContext } from '../lang-context';
import { BrowserPane } from './BrowserPane';
import { ExcelPane } from './ExcelPane';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalS },
  tools: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  help: { display: 'inline-flex', alignItems: 'center', gap: '2px' },
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
          <div className={styles.tools}>
          {/* help.html sits beside the pane's page (the manifest's SupportUrl). */}
          <Link href="help.html" target="_blank" rel="noopener" className={styles.help}>
            <QuestionCircle16Regular aria-hidden />
            {flowUi.help[lang]}
          </Link>
          <Button
            appearance="subtle"
            size="small"
            icon={<LocalLanguage20Regular />}
            aria-label={ui.switchLanguageLabel[lang]}
            onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
          >
            {ui.switchLanguage[lang]}
          </Button>
          </div>
        </header>
        {mode === 'excel' ? <ExcelPane /> : <BrowserPane />}
      </main>
    </LangContext.Provider>
  );
}
