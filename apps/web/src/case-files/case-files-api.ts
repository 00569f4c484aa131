import type {
  CaseDocumentDetail,
  CaseFileCheckView,
  CaseFileIndex,
  ReorderCaseFileInput,
  UpdateCaseDocumentInput,
} from '@eprocuracy/domain';
import { useQuery } from '@tanstack/react-query';
import { api, apiGet, withQuery } from '../api/client.ts';
import { pollInterval } from './case-file-format.ts';

const filesUrl = (caseId: string) => `/api/cases/${caseId}/files`;
const documentUrl = (caseId: string, documentId: string) => `${filesUrl(caseId)}/${documentId}`;

/** The query key of a case's file index; every change to the file refreshes it. */
export const caseFileKey = (caseId: string) => ['case-file', caseId] as const;
const documentKey = (caseId: string, documentId: string) => ['case-file', caseId, documentId] as const;

/** The file index (bảng kê tài liệu) in order, reloaded every few seconds while a version is being digitised. */
export const useCaseFile = (caseId: string) =>
  useQuery({
    queryKey: caseFileKey(caseId),
    queryFn: () => apiGet<CaseFileIndex>(filesUrl(caseId)),
    retry: false,
    refetchInterval: (query) => pollInterval(query.state.data?.items),
  });

/**
 * One document with all its versions and the pages of the current one. Not polled: the server audits every
 * view of a classified document, and the index already shows the progress.
 */
export const useCaseDocument = (caseId: string, documentId: string) =>
  useQuery({
    queryKey: documentKey(caseId, documentId),
    queryFn: () => apiGet<CaseDocumentDetail>(documentUrl(caseId, documentId)),
    retry: false,
  });

/** Where the browser downloads a version's original (the current one unless `version` is given). */
export const originalUrl = (caseId: string, documentId: string, version?: number) =>
  withQuery(`${documentUrl(caseId, documentId)}/original`, { version });

/** Where the browser downloads the searchable PDF the digitisation made of a version. */
export const searchablePdfUrl = (caseId: string, documentId: string, version?: number) =>
  withQuery(`${documentUrl(caseId, documentId)}/searchable-pdf`, { version });

/** Where a new document (POST) or a new version of one (POST …/versions) is uploaded. */
export const uploadUrl = (caseId: string, documentId?: string) =>
  documentId ? `${documentUrl(caseId, documentId)}/versions` : filesUrl(caseId);

/** Corrects a document's description; null clears an optional field. */
export const updateCaseDocument = (caseId: string, documentId: string, input: UpdateCaseDocumentInput) =>
  api<CaseDocumentDetail>('PATCH', documentUrl(caseId, documentId), input);

/** Puts the documents the officer sees in a new order; the answer is the index in that order. */
export const reorderCaseFile = (caseId: string, input: ReorderCaseFileInput) =>
  api<CaseFileIndex>('PUT', `${filesUrl(caseId)}/order`, input);

/** Re-hashes every stored file of the case file against its SHA-256. */
export const verifyCaseFile = (caseId: string) => api<CaseFileCheckView>('POST', `${filesUrl(caseId)}/verify`);
