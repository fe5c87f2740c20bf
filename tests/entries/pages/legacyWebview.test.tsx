import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The pane's first script, run as the old webviews of volume-licensed Office 2016/2019 would. */
const source = readFileSync(join(__dirname, '../../../src/entries/pages/legacy-webview.js'), 'utf8');

function runAs(userAgent: string) {
  Object.defineProperty(window.navigator, 'userAgent', { value: userAgent, configurable: true });
  document.documentElement.removeAttribute('data-legacy-webview');
  document.body.innerHTML = '<div id="root"></div>';
  // The page runs it as a classic script; so does this.
  new Function(source)();
}

describe('legacy-webview.js', () => {
  it.each([
    ['Internet Explorer 11', 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko'],
    ['Edge Legacy', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041'],
  ])('in %s says why the pane cannot run and points to the standalone page', (_name, ua) => {
    runAs(ua);
    const alert = document.querySelector('[role=alert]')!;
    expect(alert.querySelector('h1')!.textContent).toBe('unionplan chưa chạy được trong Excel này');
    expect(alert.textContent).toContain(`mở trang ${location.protocol}//${location.host}/index.html bằng Chrome`);
    expect(document.documentElement.hasAttribute('data-legacy-webview')).toBe(true);
  });

  it('leaves a current webview (WebView2, Chrome, Safari) alone', () => {
    for (const ua of [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0',
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko)',
    ]) {
      runAs(ua);
      expect(document.getElementById('root')!.innerHTML).toBe('');
      expect(document.documentElement.hasAttribute('data-legacy-webview')).toBe(false);
    }
  });
});
