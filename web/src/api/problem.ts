import type { Schemas } from './client';

/** A refusal or failure the API answered with problem+json, kept whole so a form can show each field's message. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly problem: Partial<Schemas['Problem']>,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
  }

  get fieldErrors(): Array<{ field: string; message: string }> {
    return (this.problem.errors ?? []).map((e) => ({ field: e.field, message: e.message }));
  }
}

/** The data of an openapi-fetch answer, or the problem it carried, thrown. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  throw new ApiProblem(response.status, (error && typeof error === 'object' ? error : { title: response.statusText }) as Partial<Schemas['Problem']>);
}
