import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { sessionStore } from '../../../lib/session-store';
import { fetchMe } from './me';

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export const changePassword = (body: ChangePasswordRequest): Promise<void> =>
  api<void>('/auth/password', { method: 'POST', body });

/** Changes the password, then reloads the session user (mustChangePassword is cleared). */
export function useChangePassword() {
  return useMutation({
    mutationFn: async (body: ChangePasswordRequest) => {
      await changePassword(body);
      sessionStore.updateUser(await fetchMe());
    },
  });
}
