import type {
  AssignmentView,
  CreatedLogin,
  CreatePersonRequest,
  NewAssignmentRequest,
  PersonDetail,
  UpdateAssignmentRequest,
  UpdatePersonRequest,
} from '@loa/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

const personPath = (staffCode: string) => `/people/${encodeURIComponent(staffCode)}`;

/** A new person with their first assignment, in one request. */
export const createPerson = (body: CreatePersonRequest) =>
  api<PersonDetail>('/people', { method: 'POST', body });

export const updatePerson = (staffCode: string, body: UpdatePersonRequest) =>
  api<PersonDetail>(personPath(staffCode), { method: 'PATCH', body });

export const createAssignment = (staffCode: string, body: NewAssignmentRequest) =>
  api<AssignmentView>(`${personPath(staffCode)}/assignments`, { method: 'POST', body });

export const updateAssignment = (id: string, body: UpdateAssignmentRequest) =>
  api<AssignmentView>(`/assignments/${encodeURIComponent(id)}`, { method: 'PATCH', body });

export const createLogin = (staffCode: string) =>
  api<CreatedLogin>(`${personPath(staffCode)}/account`, { method: 'POST' });

/** People, rosters and unit counts all change when a person or an assignment does. */
function useInvalidatePeople() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['people'] }),
      queryClient.invalidateQueries({ queryKey: ['roster'] }),
      queryClient.invalidateQueries({ queryKey: ['units', 'detail'] }),
      queryClient.invalidateQueries({ queryKey: ['accounts'] }),
    ]);
}

export function useCreatePerson() {
  const invalidate = useInvalidatePeople();
  return useMutation({ mutationFn: createPerson, onSuccess: invalidate });
}

export function useUpdatePerson(staffCode: string) {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: (body: UpdatePersonRequest) => updatePerson(staffCode, body),
    onSuccess: invalidate,
  });
}

export function useCreateAssignment(staffCode: string) {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: (body: NewAssignmentRequest) => createAssignment(staffCode, body),
    onSuccess: invalidate,
  });
}

export function useUpdateAssignment() {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateAssignmentRequest & { id: string }) =>
      updateAssignment(id, body),
    onSuccess: invalidate,
  });
}

export function useCreateLogin(staffCode: string) {
  const invalidate = useInvalidatePeople();
  return useMutation({ mutationFn: () => createLogin(staffCode), onSuccess: invalidate });
}
