import { noticeUrl, registerCommands, type DialogNotice } from '../../../src/hosts/excel/ribbon';

/** A strict stand-in for the parts of Office a function file touches. */
function fakeOffice({ dialogs = true, lang = 'vi-VN' } = {}) {
  const associated = new Map<string, (e: { completed(): void }) => void>();
  const opened: { url: string; handlers: Map<string, (arg: unknown) => void>; closed: boolean }[] = [];
  const office = {
    onReady: (cb?: () => void) => { cb?.(); return Promise.resolve({}); },
    actions: { associate: (name: string, f: (e: { completed(): void }) => void) => associated.set(name, f) },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    context: {
      displayLanguage: lang,
      requirements: { isSetSupported: (name: string) => name === 'DialogApi' && dialogs },
      ui: {
        displayDialogAsync: (url: string, _o: unknown, cb: (r: unknown) => void) => {
          const d = { url, handlers: new Map<string, (arg: unknown) => void>(), closed: false };
          opened.push(d);
          cb({ status: 'succeeded', value: { addEventHandler: (t: string, h: (arg: unknown) => void) => d.handlers.set(t, h), close: () => { d.closed = true; } } });
        },
      },
    },
  };
  Object.assign(globalThis, { Office: office, location: { href: 'https://localhost:3000/commands.html' } });
  return { associated, opened };
}

const flush = () => new Promise((r) => setImmediate(r));
const notice: DialogNotice = { intent: 'warning', title: '2 lỗi, 1 cảnh báo, 0 lưu ý', lines: ['Danh sách đầy đủ ở trang Kiểm tra.'] };

afterEach(() => { delete (globalThis as Record<string, unknown>).Office; delete (globalThis as Record<string, unknown>).location; delete (globalThis as Record<string, unknown>).runCheck; });

describe('ribbon function commands', () => {
  it('runs the handler in Office\'s language, shows its notice, and completes only when the dialog closes', async () => {
    const { associated, opened } = fakeOffice({ lang: 'en-US' });
    const langs: string[] = [];
    registerCommands({ runCheck: async (lang) => { langs.push(lang); return notice; } });
    await flush();
    let completed = 0;
    associated.get('runCheck')!({ completed: () => completed++ });
    await flush();
    expect(langs).toEqual(['en']);
    expect(opened).toHaveLength(1);
    const url = new URL(opened[0].url);
    expect(url.origin + url.pathname).toBe('https://localhost:3000/message.html');
    expect(url.searchParams.get('title')).toBe(notice.title);
    expect(JSON.parse(url.searchParams.get('lines')!)).toEqual(notice.lines);
    expect(completed).toBe(0);
    // The Close button in the dialog sends a message; the command closes the dialog and ends once.
    opened[0].handlers.get('dialogMessageReceived')!({ message: 'close' });
    opened[0].handlers.get('dialogEventReceived')!({ error: 12006 });
    expect(opened[0].closed).toBe(true);
    expect(completed).toBe(1);
    // Older Excel builds find the command as a global function.
    expect(typeof (globalThis as Record<string, unknown>).runCheck).toBe('function');
  });

  it('completes at once where Office has no dialogs, and when a handler fails unexpectedly', async () => {
    const { associated, opened } = fakeOffice({ dialogs: false });
    registerCommands({ runCheck: async () => notice, refreshConsolidation: async () => { throw new Error('boom'); } });
    await flush();
    let completed = 0;
    associated.get('runCheck')!({ completed: () => completed++ });
    associated.get('refreshConsolidation')!({ completed: () => completed++ });
    await flush();
    expect(opened).toHaveLength(0);
    expect(completed).toBe(2);
  });

  it('registers nothing in an old webview, where legacy-webview.js has registered the plain answer', async () => {
    const { associated } = fakeOffice();
    const attrs = new Set<string>(['data-legacy-webview']);
    Object.assign(globalThis, { document: { documentElement: { hasAttribute: (a: string) => attrs.has(a) } } });
    try {
      registerCommands({ runCheck: async () => notice });
      await flush();
      expect(associated.size).toBe(0);
      attrs.clear();
      registerCommands({ runCheck: async () => notice });
      await flush();
      expect(associated.size).toBe(1);
    } finally {
      delete (globalThis as Record<string, unknown>).document;
    }
  });

  it('does not fail when office.js never loaded (offline, a proxy): it says so in the console and registers nothing', () => {
    const saved = (globalThis as Record<string, unknown>).Office;
    delete (globalThis as Record<string, unknown>).Office;
    const said = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    delete (globalThis as Record<string, unknown>).runCheck;
    try {
      expect(() => registerCommands({ runCheck: async () => notice })).not.toThrow();
      expect(said).toHaveBeenCalledWith(expect.stringMatching(/^Office did not load/));
      expect((globalThis as Record<string, unknown>).runCheck).toBeUndefined();
    } finally {
      said.mockRestore();
      (globalThis as Record<string, unknown>).Office = saved;
    }
  });

  it('keeps the dialog address short: at most six lines, each cut at 400 characters', () => {
    const long: DialogNotice = { intent: 'error', title: 'x', lines: Array.from({ length: 9 }, (_, i) => `${i}`.repeat(1000)) };
    const lines = JSON.parse(new URL(noticeUrl('https://localhost:3000/commands.html', long, 'vi')).searchParams.get('lines')!) as string[];
    expect(lines).toHaveLength(6);
    expect(lines.every((l) => l.length === 400 && l.endsWith('…'))).toBe(true);
  });
});
