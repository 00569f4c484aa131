import { useQueryClient } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { showFormError } from '../api/form-errors.ts';
import { useLang } from '../i18n/use-lang.ts';

/** Runs a change to an officer: busy flag, success message, list refresh, errors on the form. */
export const useOfficerMutation = <V>(form: FormInstance<V>, onClose: () => void) => {
  const lang = useLang();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>, success: string) => {
    setBusy(true);
    try {
      await action();
      void message.success(success);
      await queryClient.invalidateQueries({ queryKey: ['officers'] });
      await queryClient.invalidateQueries({ queryKey: ['officer'] });
      onClose();
    } catch (error) {
      showFormError(error, lang, message, form);
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
};
