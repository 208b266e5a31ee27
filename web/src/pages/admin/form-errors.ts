import type { FormInstance } from 'antd';
import { ApiProblem } from '../../api/problem';

type FieldErrors<T> = Parameters<FormInstance<T>['setFields']>[0];
type NamePath = (string | number)[];

/** A server field ("body.holidays.0.to") as the form's name path (['holidays', 0, 'to']). */
const namePathOf = (field: string): NamePath =>
  field
    .slice('body.'.length)
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/**
 * The API's field errors (`body.name`, `body.holidays.0.to`) as Ant Design errors on the form's field of the same
 * name, or of the name `fieldOf` gives when the form holds a value differently; a field's errors are shown together.
 */
export const formErrors = <T>(err: unknown, fieldOf: (path: NamePath) => NamePath = (path) => path): FieldErrors<T> => {
  if (!(err instanceof ApiProblem)) return [];
  const fields = new Map<string, { name: NamePath; errors: string[] }>();
  for (const e of err.fieldErrors.filter((f) => f.field.startsWith('body.'))) {
    const name = fieldOf(namePathOf(e.field));
    const field = fields.get(name.join('.')) ?? { name, errors: [] };
    if (!field.errors.includes(e.message)) field.errors.push(e.message);
    fields.set(name.join('.'), field);
  }
  return [...fields.values()] as FieldErrors<T>;
};
