/** What the pane needs from Office before it draws: Office itself, its theme and its language. */
export interface OfficeLook {
  dark: boolean;
  lang: 'vi' | 'en';
}

/** Dark when the theme's body colour is dark (Office gives colours, not a theme name). */
export function isDark(hex: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x, 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}

/** Office's display language, as the pane's two. */
export function officeLang(): 'vi' | 'en' {
  return (Office.context.displayLanguage ?? 'vi-VN').toLowerCase().startsWith('en') ? 'en' : 'vi';
}

/** False when office.js never loaded (offline, a proxy blocking Microsoft's address, the page opened outside Office without it). */
export const officeLoaded = (): boolean => typeof Office !== 'undefined';

export async function officeReady(): Promise<OfficeLook> {
  await Office.onReady();
  return {
    dark: isDark(Office.context.officeTheme?.bodyBackgroundColor),
    lang: officeLang(),
  };
}
