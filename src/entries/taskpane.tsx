import { createRoot } from 'react-dom/client';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { lazyActions } from '../app/lazyActions';
import { officeReady } from '../hosts/excel/officeReady';
import { App } from '../ui/App';

/**
 * The pane inside Excel: waits for Office, follows its theme and display language. The actions and
 * the Office calls load on the first click (see lazyActions).
 */
const actions = lazyActions('excel', async () => {
  const [{ planActions }, { excelHost }] = await Promise.all([
    import(/* webpackChunkName: "actions" */ '../app/planActions'),
    import(/* webpackChunkName: "excel" */ '../hosts/excel/excelHost'),
  ]);
  return planActions(excelHost());
});

// legacy-webview.js has already said this webview is too old; drawing over its message helps nobody.
if (!document.documentElement.hasAttribute('data-legacy-webview')) void officeReady().then(({ dark, lang }) => {
  createRoot(document.getElementById('root')!).render(<App host={actions} theme={dark ? webDarkTheme : webLightTheme} initialLang={lang} />);
});
