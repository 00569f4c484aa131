import type { CaseDocumentDetail } from '@eprocuracy/domain';
import { useQueryClient } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../api/form-errors.ts';
import { useLang } from '../i18n/use-lang.ts';
import { caseFileKey } from './case-files-api.ts';
import { sendUpload, UploadInterruptedError } from './upload-document.ts';

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * Runs an upload from a form: progress in percent (null when idle), cancel, the file index refreshed on
 * success, and a refusal shown on the field the server names (the file, or one of the fields before it).
 */
export const useDocumentUpload = <V>(caseId: string, form: FormInstance<V>, onDone: () => void) => {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [percent, setPercent] = useState<number | null>(null);
  const controller = useRef<AbortController | null>(null);

  const send = async (url: string, body: FormData, success: (document: CaseDocumentDetail) => string) => {
    controller.current = new AbortController();
    setPercent(0);
    try {
      const document = await sendUpload(url, body, { onProgress: setPercent, signal: controller.current.signal });
      void message.success(success(document));
      await queryClient.invalidateQueries({ queryKey: caseFileKey(caseId) });
      onDone();
    } catch (error) {
      if (isAbort(error)) return;
      if (error instanceof UploadInterruptedError) void message.error(t('caseFiles.upload.networkError'));
      else showFormError(error, lang, message, form);
    } finally {
      controller.current = null;
      setPercent(null);
    }
  };
  const cancel = () => controller.current?.abort();
  return { percent, isBusy: percent !== null, send, cancel };
};
