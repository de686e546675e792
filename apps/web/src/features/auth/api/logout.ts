import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { sessionStore } from '../../../lib/session-store';

export const logout = (): Promise<void> => api<void>('/auth/logout', { method: 'POST' });

/** Ends the session on the server, then forgets everything cached for this user. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      sessionStore.signOut();
      queryClient.clear();
    },
  });
}
