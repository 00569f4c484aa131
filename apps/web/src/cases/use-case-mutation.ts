import type { FormInstance } from 'antd';
import { useFormMutation } from '../api/use-form-mutation.ts';

/** Runs a change to a case and refreshes the case list and page. */
export const useCaseMutation = <V>(form: FormInstance<V> | undefined, onDone: () => void) =>
  useFormMutation(form, onDone, ['cases', 'case']);
