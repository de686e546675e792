import type {
  CloseUnitRequest,
  CreateUnitRequest,
  UnitDetail,
  UpdateUnitRequest,
} from '@loa/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const createUnit = (body: CreateUnitRequest) =>
  api<UnitDetail>('/units', { method: 'POST', body });

export const updateUnit = (code: string, body: UpdateUnitRequest) =>
  api<UnitDetail>(`/units/${encodeURIComponent(code)}`, { method: 'PATCH', body });

export const closeUnit = (code: string, body: CloseUnitRequest) =>
  api<UnitDetail>(`/units/${encodeURIComponent(code)}/close`, { method: 'POST', body });

/** Every unit answer may change after a write: the tree, details, history and rosters. */
function useInvalidateUnits() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['units'] });
}

export function useCreateUnit() {
  const invalidate = useInvalidateUnits();
  return useMutation({ mutationFn: createUnit, onSuccess: invalidate });
}

export function useUpdateUnit(code: string) {
  const invalidate = useInvalidateUnits();
  return useMutation({
    mutationFn: (body: UpdateUnitRequest) => updateUnit(code, body),
    onSuccess: invalidate,
  });
}

export function useCloseUnit(code: string) {
  const invalidate = useInvalidateUnits();
  return useMutation({
    mutationFn: (body: CloseUnitRequest) => closeUnit(code, body),
    onSuccess: invalidate,
  });
}
