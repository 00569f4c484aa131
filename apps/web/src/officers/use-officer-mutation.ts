import type { FormInstance } from 'antd';
import { useFormMutation } from '../api/use-form-mutation.ts';

/** Runs a change to an officer and refreshes the directory and the officer's page. */
export const useOfficerMutation = <V>(form: FormInstance<V>, onClose: () => void) =>
  useFormMutation(form, onClose, ['officers', 'officer']);
