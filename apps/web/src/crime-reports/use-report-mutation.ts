import { useQueryClient } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { showFormError } from '../api/form-errors.ts';
import { useLang } from '../i18n/use-lang.ts';

/** Runs a change to a crime report: busy flag, success message, refresh, server errors on the form's fields. */
export const useReportMutation = <V>(form: FormInstance<V> | undefined, onDone: () => void) => {
  const lang = useLang();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>, success: string) => {
    setBusy(true);
    try {
      await action();
      void message.success(success);
      await queryClient.invalidateQueries({ queryKey: ['crime-reports'] });
      await queryClient.invalidateQueries({ queryKey: ['crime-report'] });
      onDone();
    } catch (error) {
      showFormError(error, lang, message, form);
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
};
