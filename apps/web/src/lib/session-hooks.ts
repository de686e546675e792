import { useSyncExternalStore } from 'react';
import { sessionStore, SessionState } from './session-store';

export const useSessionState = (): SessionState =>
  useSyncExternalStore(sessionStore.subscribe, sessionStore.getState);

/** The signed-in user; pages under the authenticated layout can rely on it. */
export function useCurrentUser() {
  return useSessionState().user;
}
