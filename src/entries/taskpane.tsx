import { createRoot } from 'react-dom/client';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { excelPlanHost } from '../hosts/excel/excelPlanHost';
import { officeReady } from '../hosts/excel/officeReady';
import { App } from '../ui/App';

/** The pane inside Excel: waits for Office, follows its theme and display language. */
// legacy-webview.js has already said this webview is too old; drawing over its message helps nobody.
if (!document.documentElement.hasAttribute('data-legacy-webview')) void officeReady().then(({ dark, lang }) => {
  createRoot(document.getElementById('root')!).render(<App host={excelPlanHost()} theme={dark ? webDarkTheme : webLightTheme} initialLang={lang} />);
});
