import type { CaseFileFindResult, DocumentPages } from '@eprocuracy/domain';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../api/client.ts';
import { caseFileKey } from '../case-files-api.ts';

type PagesTarget = { caseId: string; documentId: string; version?: number | undefined };

const pagesKey = ({ caseId, documentId, version }: PagesTarget) =>
  [...caseFileKey(caseId), documentId, 'pages', version ?? 'current'] as const;

/**
 * The pages of a version with their OCR text. Not polled on its own (the server audits every view of a
 * classified document): `progress` is the digitisation progress the index polls, so the pages reload as
 * pages get done. Under the case file's key, so whatever refreshes the file refreshes them too.
 */
export const useDocumentPages = (target: PagesTarget, progress: string) => {
  const key = pagesKey(target);
  return useQuery({
    queryKey: [...key, progress],
    queryFn: () =>
      apiGet<DocumentPages>(`/api/cases/${target.caseId}/files/${target.documentId}/pages`, {
        version: target.version,
      }),
    retry: false,
    // While newer progress loads, the pages shown stay; never those of another document or version.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey.slice(0, key.length).join('/') === key.join('/') ? previous : undefined,
  });
};

/** The pages of this case file holding the words, per document in file order; idle while there are none. */
export const useFindInCaseFile = (caseId: string, text: string) =>
  useQuery({
    queryKey: [...caseFileKey(caseId), 'find', text],
    queryFn: () => apiGet<CaseFileFindResult>(`/api/cases/${caseId}/files/search`, { q: text }),
    enabled: text !== '',
    retry: false,
  });
