import { ApiProblem } from '../../api/problem';

/** A refusal of a user change in the reader's words when we know it, else as the server said it. */
export const refusalText = (err: Error, lastAdmin: string) =>
  err instanceof ApiProblem && err.problem.type?.endsWith(':last-admin') ? lastAdmin : err.message;
