import type {
  CertificateTemplateView,
  ProgrammeView,
  ReferenceChange,
  TargetPeriodView,
  TargetPopulation,
  TargetView,
} from '@loa/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export type HistorySubject = 'programmes' | 'targets';

export interface TargetChanges {
  name?: string;
  population?: TargetPopulation;
  programmeCode?: string;
  periods?: TargetPeriodView[];
}

export type ProgrammeChanges = Partial<Omit<ProgrammeView, 'code'>>;

const code = (value: string) => encodeURIComponent(value);

export const useTargets = () =>
  useQuery({
    queryKey: ['settings', 'targets'],
    queryFn: ({ signal }) => api<TargetView[]>('/targets', { signal }),
  });

export const useProgrammes = () =>
  useQuery({
    queryKey: ['settings', 'programmes'],
    queryFn: ({ signal }) => api<ProgrammeView[]>('/programmes', { signal }),
  });

export const useHistory = (subject: HistorySubject, subjectCode: string) =>
  useQuery({
    queryKey: ['settings', 'history', subject, subjectCode],
    queryFn: ({ signal }) =>
      api<ReferenceChange[]>(`/${subject}/${code(subjectCode)}/history`, { signal }),
  });

export const useCertificateTemplate = (programmeCode: string) =>
  useQuery({
    queryKey: ['settings', 'template', programmeCode],
    queryFn: ({ signal }) =>
      api<CertificateTemplateView>(`/programmes/${code(programmeCode)}/certificate-template`, {
        signal,
      }),
  });

function useInvalidateSettings() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['settings'] });
}

export function useUpdateTarget(targetCode: string) {
  const invalidate = useInvalidateSettings();
  return useMutation({
    mutationFn: (body: TargetChanges) =>
      api<TargetView>(`/targets/${code(targetCode)}`, { method: 'PATCH', body }),
    onSuccess: invalidate,
  });
}

export function useUpdateProgramme(programmeCode: string) {
  const invalidate = useInvalidateSettings();
  return useMutation({
    mutationFn: (body: ProgrammeChanges) =>
      api<ProgrammeView>(`/programmes/${code(programmeCode)}`, { method: 'PATCH', body }),
    onSuccess: invalidate,
  });
}

export function useReplaceCertificateTemplate(programmeCode: string) {
  const invalidate = useInvalidateSettings();
  return useMutation({
    mutationFn: (body: CertificateTemplateView) =>
      api<CertificateTemplateView>(`/programmes/${code(programmeCode)}/certificate-template`, {
        method: 'PUT',
        body,
      }),
    onSuccess: invalidate,
  });
}
