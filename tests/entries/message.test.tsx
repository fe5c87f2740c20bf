/** The ribbon's answer dialog page: it shows what the address says, as text only. */
function openPage(search: string) {
  window.history.replaceState(null, '', `/message.html${search}`);
  document.body.innerHTML = '';
  jest.isolateModules(() => { require('../../src/entries/message'); });
}

afterEach(() => { delete (globalThis as Record<string, unknown>).Office; });

describe('message page', () => {
  it('shows the title and lines, in Vietnamese, with the intent as its colour', () => {
    const q = new URLSearchParams({ lang: 'vi', intent: 'success', title: 'Không phát hiện lỗi nào.', lines: JSON.stringify(['Kết quả ở trang Kiểm tra.']) });
    openPage(`?${q}`);
    expect(document.querySelector('h1')!.textContent).toBe('Không phát hiện lỗi nào.');
    expect([...document.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['Kết quả ở trang Kiểm tra.']);
    expect(document.querySelector('main')!.className).toBe('notice success');
    expect(document.activeElement!.textContent).toBe('Đóng');
  });

  it('never reads a sheet name as HTML, and survives a mangled address', () => {
    const q = new URLSearchParams({ lang: 'en', intent: 'bogus', title: '<img src=x onerror=alert(1)>', lines: '[not json' });
    openPage(`?${q}`);
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('h1')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(document.querySelector('main')!.className).toBe('notice warning');
    expect(document.querySelector('button')!.textContent).toBe('Close');
  });

  it('asks the command to close the dialog once Office is ready, not before', async () => {
    const sent: string[] = [];
    let ready: () => void = () => undefined;
    const onReady = new Promise<void>((resolve) => { ready = resolve; });
    Object.assign(globalThis, { Office: { onReady: () => onReady, context: { ui: { messageParent: (m: string) => sent.push(m) } } } });
    openPage('?lang=vi&title=x');
    document.querySelector('button')!.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toEqual([]);
    ready();
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toEqual(['close']);
  });

  it('closes its own window when opened outside Office', async () => {
    const close = jest.spyOn(window, 'close').mockImplementation(() => undefined);
    openPage('?lang=vi&title=x');
    document.querySelector('button')!.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(close).toHaveBeenCalled();
    close.mockRestore();
  });
});
