import type { Me } from '@eprocuracy/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, use } from 'react';
import { api, resetCsrf } from '../api/client.ts';
import { ApiError } from '../api/problem.ts';

export const ME_KEY = ['me'] as const;

const fetchMe = async (): Promise<Me | null> => {
  try {
    return await api<Me>('GET', '/api/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
};

/** The signed-in officer, or null when signed out. */
export const useMe = () => useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000, retry: false });

/** The officer the AuthGate let through; pages read it here so a sign-out unmounts them before they re-render. */
export const MeContext = createContext<Me | null>(null);

/** The signed-in officer inside the AuthGate. */
export const useCurrentMe = (): Me => {
  const me = use(MeContext);
  if (!me) throw new Error('useCurrentMe outside a signed-in page');
  return me;
};

/** Whether the officer holds the admin role. */
export const isAdmin = (me: Me): boolean => me.roles.includes('admin');

/** Whether the officer is an admin of the root office (the only one who may change platform settings). */
export const isRootAdmin = (me: Me, offices: { id: string; parentId: string | null }[] | undefined): boolean =>
  isAdmin(me) && offices?.find((o) => o.id === me.officeId)?.parentId === null;

/** Signs out (this device or everywhere) and forgets every cached answer. */
export const useLogout = () => {
  const queryClient = useQueryClient();
  return async (everywhere = false) => {
    try {
      await api('POST', '/api/auth/logout', { everywhere });
    } finally {
      resetCsrf();
      queryClient.clear();
      queryClient.setQueryData(ME_KEY, null);
    }
  };
};
