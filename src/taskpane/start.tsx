// Start the pane: wait for office.js, pick the mode and the language, render into #container.
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { ThemedPane } from './components/ThemedPane';
import { errorMessage } from './logic/error-message';
import { pickLanguage, pickMode, type ReadyInfo } from './logic/host-mode';

/** office.js may be missing altogether (opened from disk, blocked by a proxy): no host then. */
async function waitForHost(): Promise<{ info: ReadyInfo | null; excelHost: unknown; displayLanguage?: string }> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return { info: null, excelHost: undefined };
  const info = await Office.onReady();
  const excelHost = Office.HostType?.Excel;
  const displayLanguage = info.host ? Office.context?.displayLanguage : undefined;
  return { info, excelHost, displayLanguage };
}

async function render(doc: Document): Promise<void> {
  const { info, excelHost, displayLanguage } = await waitForHost();
  const mode = pickMode(info, excelHost);
  const lang = pickLanguage(mode === 'excel' ? displayLanguage : globalThis.navigator?.language);
  const container = doc.getElementById('container');
  if (!container) throw new Error('the task pane page has no <div id="container">');
  // The theme's background must reach the pane's edges: no white frame of the body's margin.
  doc.body.style.margin = '0';
  const signals = () => ({
    officeBackground: mode === 'excel' ? (Office.context?.officeTheme?.bodyBackgroundColor ?? null) : null,
    matchMedia: typeof globalThis.matchMedia === 'function' ? (query: string) => globalThis.matchMedia(query) : undefined,
  });
  createRoot(container).render(
    <ThemedPane signals={signals}>
      <App mode={mode} initialLang={lang} />
    </ThemedPane>,
  );
}

/** Never rejects: if even starting fails, the page says so rather than staying blank. */
export async function startPane(doc: Document = document): Promise<void> {
  // Internet Explorer / Edge Legacy web view: src/legacy/legacy-webview.js shows why the pane cannot run.
  if ((globalThis as { __SHENBAO_LEGACY__?: boolean }).__SHENBAO_LEGACY__) return;
  try {
    await render(doc);
  } catch (error) {
    const text = errorMessage(error);
    (doc.getElementById('container') ?? doc.body).textContent = `${text.zh} / ${text.en}`;
  }
}
