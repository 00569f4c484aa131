import type { Notification } from '@eprocuracy/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiGet } from '../api/client.ts';

export type NotificationList = { items: Notification[]; unread: number };

const KEY = ['notifications'] as const;
/** New alerts arrive from the nightly job and from colleagues' acts; a minute is soon enough to see them. */
const REFRESH_MS = 60_000;

/** The officer's latest notifications (or only the unread ones) and the unread count, refreshed every minute. */
export const useNotifications = (unreadOnly: boolean) =>
  useQuery({
    queryKey: [...KEY, { unreadOnly }],
    queryFn: () =>
      apiGet<NotificationList>('/api/notifications', { unread: unreadOnly ? 'true' : undefined, limit: 30 }),
    refetchInterval: REFRESH_MS,
    placeholderData: keepPreviousData,
  });

/** Marks one notification read. */
export const useMarkRead = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<{ unread: number }>('POST', `/api/notifications/${id}/read`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
};

/** Marks every notification read. */
export const useMarkAllRead = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<{ unread: number }>('POST', '/api/notifications/read-all'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
};
