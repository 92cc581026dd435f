// Render a piece of the pane as it runs: inside FluentProvider, in a given language.
import './jsdom-gaps';
import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Lang } from '../../src/core/types';
import { LangContext } from '../../src/taskpane/lang-context';

export function renderInPane(element: ReactElement, lang: Lang = 'zh') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LangContext.Provider value={lang}>{element}</LangContext.Provider>
    </FluentProvider>,
  );
}
