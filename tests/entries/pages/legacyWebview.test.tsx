import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The pane's first script, run as the old webviews of volume-licensed Office 2016/2019 would. */
const source = readFileSync(join(__dirname, '../../../src/entries/pages/legacy-webview.js'), 'utf8');

function runAs(userAgent: string, body = '<div id="root"></div>') {
  Object.defineProperty(window.navigator, 'userAgent', { value: userAgent, configurable: true });
  document.documentElement.removeAttribute('data-legacy-webview');
  document.body.innerHTML = body;
  for (const a of [...document.body.attributes]) document.body.removeAttribute(a.name);
  if (body === '') document.body.setAttribute('data-ribbon-commands', '');
  // The page runs it as a classic script; so does this.
  new Function(source)();
}

const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko';
const EDGE = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041';

/** The parts of Office.js the function file's guard touches; older Office finds commands as globals. */
function fakeOffice() {
  const opened: { url: string; handlers: Map<string, () => void>; closed: boolean }[] = [];
  const associated = new Map<string, (e: { completed(): void }) => void>();
  Object.assign(window, {
    Office: {
      onReady: (cb: () => void) => cb(),
      actions: { associate: (n: string, f: (e: { completed(): void }) => void) => associated.set(n, f) },
      AsyncResultStatus: { Succeeded: 'succeeded' },
      EventType: { DialogMessageReceived: 'message', DialogEventReceived: 'event' },
      context: {
        requirements: { isSetSupported: (n: string) => n === 'DialogApi' },
        ui: {
          displayDialogAsync: (url: string, _o: unknown, cb: (r: unknown) => void) => {
            const d = { url, handlers: new Map<string, () => void>(), closed: false };
            opened.push(d);
            cb({ status: 'succeeded', value: { addEventHandler: (t: string, h: () => void) => d.handlers.set(t, h), close: () => { d.closed = true; } } });
          },
        },
      },
    },
  });
  return { opened, associated };
}

afterEach(() => {
  for (const k of ['Office', 'runCheck', 'refreshConsolidation']) delete (window as unknown as Record<string, unknown>)[k];
});

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

  it('in Edge Legacy makes each ribbon button answer with the same message in its dialog, ending when it closes', () => {
    const { opened, associated } = fakeOffice();
    runAs(EDGE, '');
    expect([...associated.keys()]).toEqual(['runCheck', 'refreshConsolidation']);
    expect(typeof (window as unknown as Record<string, unknown>).runCheck).toBe('function');
    let completed = 0;
    associated.get('runCheck')!({ completed: () => completed++ });
    const url = new URL(opened[0].url);
    expect(url.pathname).toBe('/message.html');
    expect(url.searchParams.get('title')).toBe('unionplan chưa chạy được trong Excel này');
    expect(JSON.parse(url.searchParams.get('lines')!)[1]).toContain('/index.html bằng Chrome');
    expect(completed).toBe(0);
    opened[0].handlers.get('message')!();
    expect([opened[0].closed, completed]).toEqual([true, 1]);
  });

  it('in Internet Explorer opens the static help page instead, which needs no script', () => {
    const { opened, associated } = fakeOffice();
    runAs(IE11, '');
    associated.get('refreshConsolidation')!({ completed: () => undefined });
    expect(new URL(opened[0].url).pathname).toBe('/help.html');
  });

  it('registers nothing in a current webview: the function file\'s own code does', () => {
    const { associated } = fakeOffice();
    runAs('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0', '');
    expect(associated.size).toBe(0);
  });
});
