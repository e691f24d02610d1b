import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { initialSessionView, type SessionView } from './session-view.ts';

export type SessionStore = StoreApi<SessionView>;

export function createSessionStore(): SessionStore {
  return createStore<SessionView>()(() => initialSessionView);
}

/** One session per tab: a module-level store, written by the network layer, read by views. */
export const sessionStore: SessionStore = createSessionStore();

/** Reads a slice of the session view; re-renders only when that slice changes. */
export function useSessionView<T>(select: (view: SessionView) => T): T {
  return useStore(sessionStore, select);
}
