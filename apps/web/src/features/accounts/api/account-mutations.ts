import type {
  AccountView,
  CreateAccountRequest,
  CreateGrantRequest,
  UpdateAccountRequest,
} from '@loa/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

const accountPath = (id: string) => `/accounts/${encodeURIComponent(id)}`;

export const createAccount = (body: CreateAccountRequest) =>
  api<AccountView>('/accounts', { method: 'POST', body });

export const updateAccount = (id: string, body: UpdateAccountRequest) =>
  api<AccountView>(accountPath(id), { method: 'PATCH', body });

export const addGrant = (id: string, body: CreateGrantRequest) =>
  api<unknown>(`${accountPath(id)}/grants`, { method: 'POST', body });

export const revokeGrant = (id: string, grantId: string) =>
  api<void>(`${accountPath(id)}/grants/${encodeURIComponent(grantId)}`, { method: 'DELETE' });

function useInvalidateAccounts() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['accounts'] }),
      queryClient.invalidateQueries({ queryKey: ['people'] }),
    ]);
}

export function useCreateAccount() {
  const invalidate = useInvalidateAccounts();
  return useMutation({ mutationFn: createAccount, onSuccess: invalidate });
}

export function useUpdateAccount() {
  const invalidate = useInvalidateAccounts();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateAccountRequest & { id: string }) => updateAccount(id, body),
    onSuccess: invalidate,
  });
}

export function useAddGrant() {
  const invalidate = useInvalidateAccounts();
  return useMutation({
    mutationFn: ({ id, ...body }: CreateGrantRequest & { id: string }) => addGrant(id, body),
    onSuccess: invalidate,
  });
}

export function useRevokeGrant() {
  const invalidate = useInvalidateAccounts();
  return useMutation({
    mutationFn: ({ id, grantId }: { id: string; grantId: string }) => revokeGrant(id, grantId),
    onSuccess: invalidate,
  });
}
