import type { Office, OfficeLevel } from '@eprocuracy/domain';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../api/client.ts';

/** Every office visible to the officer (flat, with parentId). */
export const useOffices = (includeClosed = false) =>
  useQuery({
    queryKey: ['offices', { includeClosed }],
    queryFn: () => apiGet<Office[]>('/api/offices', { includeClosed }),
    staleTime: 60_000,
  });

/** The configured office levels, ordered by rank. */
export const useOfficeLevels = () =>
  useQuery({
    queryKey: ['office-levels'],
    queryFn: async () => (await apiGet<OfficeLevel[]>('/api/office-levels')).sort((a, b) => a.rank - b.rank),
    staleTime: 300_000,
  });

/** The display name of an office in the current language. */
export const officeName = (office: Pick<Office, 'name' | 'nameEn'>, lang: string): string =>
  lang === 'en' && office.nameEn ? office.nameEn : office.name;

/** The display name of a level in the current language. */
export const levelName = (levels: OfficeLevel[] | undefined, code: string, lang: string): string => {
  const level = levels?.find((l) => l.code === code);
  if (!level) return code;
  return lang === 'en' ? level.nameEn : level.nameVi;
};
