import type { FormInstance } from 'antd';
import { ApiProblem } from '../../api/problem';

type FieldErrors<T> = Parameters<FormInstance<T>['setFields']>[0];

/** The API's field errors (`body.name`) as Ant Design errors on the form's field of the same name. */
export const formErrors = <T>(err: unknown): FieldErrors<T> =>
  err instanceof ApiProblem
    ? (err.fieldErrors.filter((e) => e.field.startsWith('body.')).map((e) => ({ name: e.field.slice('body.'.length), errors: [e.message] })) as FieldErrors<T>)
    : [];
