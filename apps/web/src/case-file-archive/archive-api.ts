import type { ArchiveImportView, ArchiveRows } from '@eprocuracy/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet } from '../api/client.ts';
import { sendUpload, uploadForm } from '../case-files/upload-document.ts';

const FINISHED = ['done', 'rejected', 'failed'];
export const isArchiveFinished = (view: ArchiveImportView | undefined) => !!view && FINISHED.includes(view.status);

/**
 * Uploads the ZIP (options first, the file last, as the server reads it as a stream) with upload progress; the
 * server answers at once and runs the import as a job.
 */
export const startArchiveImport = async (
  file: File,
  options: { mode: string; dryRun: boolean },
  onProgress: (percent: number) => void,
): Promise<ArchiveImportView> => {
  const body = uploadForm({ mode: options.mode, dryRun: String(options.dryRun) }, file, file.name);
  return (await sendUpload('/api/case-file-archives', body, { onProgress })) as unknown as ArchiveImportView;
};

/** One archive import, polled every second until its job has finished. */
export const useArchiveImport = (id: string | null) =>
  useQuery({
    queryKey: ['case-file-archive', id],
    queryFn: () => apiGet<ArchiveImportView>(`/api/case-file-archives/${id}`),
    enabled: id !== null,
    retry: false,
    refetchInterval: (query) => (isArchiveFinished(query.state.data) ? false : 1000),
  });

/** A page of the per-row report, once the import has finished. */
export const useArchiveRows = (id: string, page: { current: number; pageSize: number; errorsOnly: boolean }) =>
  useQuery({
    queryKey: ['case-file-archive-rows', id, page],
    queryFn: () =>
      apiGet<ArchiveRows>(`/api/case-file-archives/${id}/rows`, {
        errorsOnly: page.errorsOnly,
        limit: page.pageSize,
        offset: (page.current - 1) * page.pageSize,
      }),
    placeholderData: keepPreviousData,
  });
