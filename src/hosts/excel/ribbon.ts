import { officeLang } from './officeReady';

/*
 * The ribbon's function commands and their answer dialog: the Office calls only. What each button
 * does and says lives in src/ribbon; this file registers the handlers, shows the answer and
 * tells Office the command is over.
 */

/** What a command shows when done (see src/ribbon/notices.ts). */
export interface DialogNotice {
  intent: 'success' | 'warning' | 'error';
  title: string;
  lines: string[];
}

export type CommandHandler = (lang: 'vi' | 'en') => Promise<DialogNotice>;

/** Where the answer page is: beside the function file, so the dialog stays on the add-in's origin. */
export function noticeUrl(base: string, notice: DialogNotice, lang: 'vi' | 'en'): string {
  const url = new URL('message.html', base);
  url.searchParams.set('lang', lang);
  url.searchParams.set('intent', notice.intent);
  url.searchParams.set('title', notice.title);
  // Dialog URLs have a length limit; a long list is on the sheet anyway.
  url.searchParams.set('lines', JSON.stringify(notice.lines.map((l) => (l.length > 400 ? `${l.slice(0, 399)}…` : l)).slice(0, 6)));
  return url.href;
}

/**
 * Registers each handler under its manifest FunctionName. Office queues clicks of the same button
 * until `completed()`; it is called once the dialog closes (an open dialog needs the function file
 * alive), or at once when this Office has no dialog API.
 */
export function registerCommands(handlers: Record<string, CommandHandler>): void {
  // In an old webview legacy-webview.js has registered the commands already, to answer with its plain message.
  if (globalThis.document?.documentElement.hasAttribute('data-legacy-webview')) return;
  // Office's script blocked (offline, a proxy): no button can answer without it, and Excel itself
  // says the add-in did not respond; this file must not fail on a missing global meanwhile.
  if (typeof Office === 'undefined') {
    console.error('Office did not load: the ribbon commands cannot run.');
    return;
  }
  void Office.onReady(() => associate(handlers));
}

function associate(handlers: Record<string, CommandHandler>): void {
  for (const [name, handler] of Object.entries(handlers)) {
    const run = (event: Office.AddinCommands.Event) => {
      const lang = officeLang();
      let finished = false;
      const done = () => { if (!finished) { finished = true; event.completed(); } };
      // Handlers turn their failures into notices; anything else must still free the button.
      handler(lang).then((notice) => showNotice(notice, lang, done), done);
    };
    // Office.actions is the current way; older Excel builds look the function up as a global.
    Office.actions?.associate(name, run);
    (globalThis as Record<string, unknown>)[name] = run;
  }
}

function showNotice(notice: DialogNotice, lang: 'vi' | 'en', done: () => void): void {
  if (!Office.context.requirements.isSetSupported('DialogApi', '1.1')) {
    done();
    return;
  }
  Office.context.ui.displayDialogAsync(noticeUrl(globalThis.location.href, notice, lang), { height: 30, width: 30, displayInIframe: true }, (result) => {
    if (result.status !== Office.AsyncResultStatus.Succeeded) {
      done();
      return;
    }
    const dialog = result.value;
    const close = () => { dialog.close(); done(); };
    dialog.addEventHandler(Office.EventType.DialogMessageReceived, close);
    // The user closed it with its own ×: nothing to close, only to finish.
    dialog.addEventHandler(Office.EventType.DialogEventReceived, done);
  });
}

/**
 * The answer page's side of the dialog. Office.onReady is called as the page loads ("you should either
 * call Office.onReady() or assign … Office.initialize when your add-in JavaScript loads. Some Office
 * application and platform combinations won't load the task pane until one of these happens", and
 * "an Office Add-in cannot successfully call any Office JavaScript APIs until the library has been
 * loaded" — Initialize your Office Add-in); closing waits for it, since Close can be pressed first.
 * Outside Office (no Office.js) closing is rejected.
 */
export function noticeDialog(): { close: () => Promise<void> } {
  const ready = Promise.resolve().then(() => Office.onReady());
  ready.catch(() => undefined);
  return { close: () => ready.then(() => Office.context.ui.messageParent('close')) };
}
