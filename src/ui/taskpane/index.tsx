import { createRoot } from 'react-dom/client';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { excelPlanHost } from '../../hosts/excel/excelPlanHost';
import { App } from '../App';
import type { Lang } from '../i18n';

/** The pane inside Excel: waits for Office, follows its theme and display language. */
function isDark(hex: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x, 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}

Office.onReady(() => {
  const theme = isDark(Office.context.officeTheme?.bodyBackgroundColor) ? webDarkTheme : webLightTheme;
  const lang: Lang = (Office.context.displayLanguage ?? 'vi-VN').toLowerCase().startsWith('en') ? 'en' : 'vi';
  createRoot(document.getElementById('root')!).render(<App host={excelPlanHost()} theme={theme} initialLang={lang} />);
});
