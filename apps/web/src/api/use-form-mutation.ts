import { useQueryClient } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { useLang } from '../i18n/use-lang.ts';
import { showFormError } from './form-errors.ts';

/**
 * Runs a change from a form: busy flag, success message, refresh of the given queries,
 * and server errors shown on the form's fields.
 */
export const useFormMutation = <V>(
  form: FormInstance<V> | undefined,
  onDone: () => void,
  queryKeys: readonly string[],
) => {
  const lang = useLang();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>, success: string) => {
    setBusy(true);
    try {
      await action();
      void message.success(success);
      for (const key of queryKeys) await queryClient.invalidateQueries({ queryKey: [key] });
      onDone();
    } catch (error) {
      showFormError(error, lang, message, form);
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
};
