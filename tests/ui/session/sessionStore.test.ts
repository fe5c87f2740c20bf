import { SessionStore } from '../../../src/ui/session/sessionStore';

describe('SessionStore', () => {
  it('keeps the first value, tells the listeners of a key on change, and stops when unsubscribed', () => {
    const store = new SessionStore();
    store.init('a', 1);
    store.init('a', 2);
    expect(store.get('a')).toBe(1);
    const heard: number[] = [];
    const stop = store.subscribe('a', () => heard.push(store.get<number>('a')));
    store.subscribe('b', () => heard.push(-1));
    store.set('a', 3);
    store.set('a', 3);
    stop();
    store.set('a', 4);
    expect(heard).toEqual([3]);
  });
});
