import { createRoot } from 'react-dom/client';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { lazyActions } from '../app/lazyActions';
import { officeLoaded, officeReady } from '../hosts/excel/officeReady';
import { App } from '../ui/App';

/**
 * The pane inside Excel: waits for Office, follows its theme and display language. The actions and
 * the Office calls load on the first click (see lazyActions). When Office's script did not load
 * (offline, a proxy) or Office never answers, the pane says so and what to do instead of staying blank.
 */
const actions = lazyActions('excel', async () => {
  const [{ planActions }, { excelHost }] = await Promise.all([
    import(/* webpackChunkName: "actions" */ '../app/planActions'),
    import(/* webpackChunkName: "excel" */ '../hosts/excel/excelHost'),
  ]);
  return planActions(excelHost());
});

/** Office usually answers within a second or two; past this the user is told, and the pane keeps waiting. */
const OFFICE_PATIENCE_MS = 10_000;

/** Said only when Office fails, so loaded only then (from the pane's own server, which did answer). */
async function unavailable(problem: 'missing' | 'timeout', pageUrl: string, first: 'vi' | 'en') {
  const { OfficeUnavailable } = await import(/* webpackChunkName: "office-unavailable" */ '../ui/OfficeUnavailable');
  return <OfficeUnavailable problem={problem} pageUrl={pageUrl} first={first} />;
}

function start(): void {
  const root = createRoot(document.getElementById('root')!);
  const first = (navigator.language ?? '').toLowerCase().startsWith('en') ? 'en' : 'vi';
  const pageUrl = new URL('index.html', window.location.href).href;
  if (!officeLoaded()) {
    void unavailable('missing', pageUrl, first).then((node) => root.render(node));
    return;
  }
  let ready = false;
  const waiting = setTimeout(() => void unavailable('timeout', pageUrl, first).then((node) => { if (!ready) root.render(node); }), OFFICE_PATIENCE_MS);
  void officeReady().then(({ dark, lang }) => {
    ready = true;
    clearTimeout(waiting);
    root.render(<App host={actions} theme={dark ? webDarkTheme : webLightTheme} initialLang={lang} />);
  });
}

// legacy-webview.js has already said this webview is too old; drawing over its message helps nobody.
if (!document.documentElement.hasAttribute('data-legacy-webview')) start();
