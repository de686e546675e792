import type { SessionUser } from '@loa/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const fetchMe = (signal?: AbortSignal): Promise<SessionUser> =>
  api<SessionUser>('/auth/me', { signal });

export const meQueryOptions = () =>
  queryOptions({ queryKey: ['auth', 'me'], queryFn: ({ signal }) => fetchMe(signal) });
