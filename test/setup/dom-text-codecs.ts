// jsdom leaves out TextEncoder and TextDecoder, which every browser the pane runs in has (WebView2,
// Chrome, Safari; the legacy IE11/EdgeHTML webview only gets a notice). The pane's file path packs
// and unpacks workbooks with them, so the dom tests get Node's own, which follow the same standard.
import { TextDecoder, TextEncoder } from 'util';

const globals = globalThis as { TextEncoder?: unknown; TextDecoder?: unknown };
globals.TextEncoder ??= TextEncoder;
globals.TextDecoder ??= TextDecoder;
