/**
 * What the user has done while the pane (or the page) is open: chosen files, results, the step they
 * are on. It lives above the tabs, so opening another tab and coming back finds everything as it
 * was; an action that finishes while its tab is closed still lands here. Keys are "<tab>.<what>".
 */
export class SessionStore {
  private readonly values = new Map<string, unknown>();
  private readonly listeners = new Map<string, Set<() => void>>();

  has(key: string): boolean {
    return this.values.has(key);
  }

  get<T>(key: string): T {
    return this.values.get(key) as T;
  }

  /** Sets a first value without telling anyone (it is read during a render). */
  init<T>(key: string, value: T): void {
    if (!this.values.has(key)) this.values.set(key, value);
  }

  set<T>(key: string, value: T): void {
    if (Object.is(this.values.get(key), value)) return;
    this.values.set(key, value);
    for (const listener of [...(this.listeners.get(key) ?? [])]) listener();
  }

  subscribe(key: string, listener: () => void): () => void {
    const set = this.listeners.get(key) ?? new Set();
    set.add(listener);
    this.listeners.set(key, set);
    return () => set.delete(listener);
  }
}
