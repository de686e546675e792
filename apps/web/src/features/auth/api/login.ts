import type { LoginRequest, LoginResponse } from '@loa/contracts';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { sessionStore } from '../../../lib/session-store';

export const login = (body: LoginRequest): Promise<LoginResponse> =>
  api<LoginResponse>('/auth/login', { method: 'POST', body });

export function useLogin() {
  return useMutation({
    mutationFn: login,
    onSuccess: (response) => sessionStore.signIn(response),
  });
}
