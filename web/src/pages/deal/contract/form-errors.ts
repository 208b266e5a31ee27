import type { FormInstance } from 'antd';
import { ApiProblem } from '../../../api/problem';

/** Puts the server's field errors ("body.schedule.0.label") on the form's fields; what no field takes is the caller's to show. */
export function showFieldErrors(form: FormInstance, error: unknown) {
  if (!(error instanceof ApiProblem)) return;
  form.setFields(
    error.fieldErrors.map((e) => ({
      name: e.field
        .replace(/^body\./, '')
        .split('.')
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
      errors: [e.message],
    })),
  );
}

export const problemText = (error: unknown) => (error instanceof Error ? error.message : String(error));
