import { createContext, useCallback, useContext, useState, useSyncExternalStore, type Dispatch, type SetStateAction } from 'react';
import { SessionStore } from './sessionStore';

/** The store of the open pane or page; App provides one, a panel drawn alone gets its own. */
export const SessionContext = createContext<SessionStore | null>(null);

function useStore(): SessionStore {
  const shared = useContext(SessionContext);
  const [own] = useState(() => new SessionStore());
  return shared ?? own;
}

/**
 * useState whose value outlives the tab: kept under `key` in the session store, so a tab closed and
 * opened again shows it, and a result that arrives while the tab is closed is there on return.
 */
export function useSessionState<T>(key: string, initial: T | (() => T)): [T, Dispatch<SetStateAction<T>>] {
  const store = useStore();
  if (!store.has(key)) store.init(key, typeof initial === 'function' ? (initial as () => T)() : initial);
  const value = useSyncExternalStore(
    useCallback((listener: () => void) => store.subscribe(key, listener), [store, key]),
    () => store.get<T>(key),
  );
  const set = useCallback<Dispatch<SetStateAction<T>>>((next) => {
    const v = typeof next === 'function' ? (next as (old: T) => T)(store.get<T>(key)) : next;
    store.set(key, v);
  }, [store, key]);
  return [value, set];
}
