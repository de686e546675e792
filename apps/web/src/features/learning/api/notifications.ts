import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { MyNotifications } from './learning-types';

export const fetchNotifications = (signal?: AbortSignal) =>
  api<MyNotifications>('/me/notifications', { signal });

export const notificationsQueryOptions = () =>
  queryOptions({
    queryKey: ['learning', 'notifications'],
    queryFn: ({ signal }) => fetchNotifications(signal),
    refetchInterval: 120_000,
  });

export const useNotifications = () => useQuery(notificationsQueryOptions());

export const markNotificationRead = (id: string) =>
  api<unknown>(`/me/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' });

export const markAllNotificationsRead = () =>
  api<unknown>('/me/notifications/read-all', { method: 'POST' });

function useInvalidateNotifications() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['learning', 'notifications'] });
}

export function useMarkNotificationRead() {
  const onSuccess = useInvalidateNotifications();
  return useMutation({ mutationFn: markNotificationRead, onSuccess });
}

export function useMarkAllNotificationsRead() {
  const onSuccess = useInvalidateNotifications();
  return useMutation({ mutationFn: markAllNotificationsRead, onSuccess });
}
