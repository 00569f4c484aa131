import type { ClientApp } from '@eprocuracy/domain';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../api/client.ts';

export type CreatedClient = { client: ClientApp; clientSecret: string | null };

/** The registered OpenID Connect client applications. */
export const useClients = () =>
  useQuery({ queryKey: ['oidc-clients'], queryFn: () => apiGet<ClientApp[]>('/api/oidc-clients'), retry: false });
