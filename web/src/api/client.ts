import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

/** The Dealflow API, typed from its OpenAPI document. */
export const dealflowClient = (baseUrl: string, token?: string) =>
  createClient<paths>({ baseUrl, credentials: 'same-origin', headers: token ? { Authorization: `Bearer ${token}` } : {} });

export type DealflowClient = ReturnType<typeof dealflowClient>;

/** The browser's client: same origin, signed in by the session cookie. */
export const api = dealflowClient(typeof window === 'undefined' ? '' : window.location.origin);
