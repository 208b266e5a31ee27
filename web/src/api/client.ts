import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

/** The Dealflow API, typed from its OpenAPI document. */
export const dealflowClient = (baseUrl: string, token?: string) => createClient<paths>({ baseUrl, headers: token ? { Authorization: `Bearer ${token}` } : {} });

export type DealflowClient = ReturnType<typeof dealflowClient>;
