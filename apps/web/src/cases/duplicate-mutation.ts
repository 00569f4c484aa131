import type { FormInstance } from 'antd';
import { useFormMutation } from '../api/use-form-mutation.ts';

/** Runs a merge and refreshes the case list, the case pages and the duplicates found. */
export const useDuplicateMutation = <V>(form: FormInstance<V> | undefined, onDone: () => void) =>
  useFormMutation(form, onDone, ['cases', 'case', 'case-duplicates']);
