import type { FormInstance } from 'antd';
import type { ApiProblem } from '../../api/problem';

/** Puts each of the server's field errors on its form field ("body.itBaseline.hardware" → itBaseline.hardware); true when any landed. */
export function showFieldErrors(form: FormInstance, problem: ApiProblem): boolean {
  const fields = problem.fieldErrors
    .map((e) => ({ name: e.field.split('.').filter((part, i) => !(i === 0 && part === 'body')), errors: [e.message] }))
    .filter((f) => f.name.length > 0);
  form.setFields(fields);
  return fields.length > 0;
}
