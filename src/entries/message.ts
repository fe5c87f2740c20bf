import { noticeDialog } from '../hosts/excel/ribbon';

/**
 * The small dialog a ribbon button opens to say what it did. Plain DOM, no React: it must open
 * instantly. Every text goes in as text, never as HTML (sheet names are the user's).
 */
const dialog = noticeDialog();
const params = new URLSearchParams(window.location.search);
const lang = params.get('lang') === 'en' ? 'en' : 'vi';
const intent = ['success', 'warning', 'error'].includes(params.get('intent') ?? '') ? params.get('intent')! : 'warning';
let lines: string[] = [];
try {
  const parsed: unknown = JSON.parse(params.get('lines') ?? '[]');
  if (Array.isArray(parsed)) lines = parsed.map(String);
} catch {
  // A mangled address still shows its title.
}

document.documentElement.lang = lang === 'vi' ? 'vi-VN' : 'en-US';
const main = document.createElement('main');
main.className = `notice ${intent}`;
const h1 = document.createElement('h1');
h1.textContent = params.get('title') ?? '';
main.append(h1);
for (const line of lines) {
  const p = document.createElement('p');
  p.textContent = line;
  main.append(p);
}
const button = document.createElement('button');
button.type = 'button';
button.textContent = lang === 'vi' ? 'Đóng' : 'Close';
// Outside Office (the page opened by itself) there is no dialog to close but the window.
button.addEventListener('click', () => {
  dialog.close().catch(() => window.close());
});
main.append(button);
document.body.append(main);
button.focus();
