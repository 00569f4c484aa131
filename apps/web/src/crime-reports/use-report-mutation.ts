import type { FormInstance } from 'antd';
import { useFormMutation } from '../api/use-form-mutation.ts';

/** Runs a change to a crime report and refreshes the report list and page. */
export const useReportMutation = <V>(form: FormInstance<V> | undefined, onDone: () => void) =>
  useFormMutation(form, onDone, ['crime-reports', 'crime-report']);
