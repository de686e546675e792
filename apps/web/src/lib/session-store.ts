import type { LoginResponse, SessionUser } from '@loa/contracts';

export type SessionStatus = 'restoring' | 'signed-in' | 'signed-out';

export interface SessionState {
  status: SessionStatus;
  user: SessionUser | null;
}

type Listener = () => void;

/** The access token lives in memory only; the refresh token is an httpOnly cookie. */
let accessToken: string | null = null;
let state: SessionState = { status: 'restoring', user: null };
const listeners = new Set<Listener>();

function publish(next: SessionState): void {
  state = next;
  listeners.forEach((listener) => listener());
}

export const sessionStore = {
  getState: (): SessionState => state,
  getAccessToken: (): string | null => accessToken,
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  signIn(response: LoginResponse): void {
    accessToken = response.accessToken;
    publish({ status: 'signed-in', user: response.user });
  },
  updateUser(user: SessionUser): void {
    publish({ ...state, user });
  },
  signOut(): void {
    accessToken = null;
    publish({ status: 'signed-out', user: null });
  },
};
