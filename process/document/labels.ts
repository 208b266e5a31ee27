import type { Label } from '../label';

/** A label as a document writes it, like a holiday's name: the same words in Chinese and English. */
export interface DocumentLabel {
  zh: string;
  en: string;
}

const isLabel = (v: Record<string, unknown>, keys: readonly [string, string]) => Object.keys(v).length === 2 && keys.every((k) => typeof v[k] === 'string');

/** Every label inside `value` rewritten by `fn`; a label is an object of exactly `keys`, both strings. */
function mapLabels<From, To>(value: unknown, keys: readonly [string, string], fn: (l: From) => To): unknown {
  if (Array.isArray(value)) return value.map((v) => mapLabels(v, keys, fn));
  if (typeof value !== 'object' || value === null) return value;
  const o = value as Record<string, unknown>;
  if (isLabel(o, keys)) return fn(o as From);
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, mapLabels(v, keys, fn)]));
}

/** The code's labels ({en, 'zh-CN'}) inside `value` as a document's ({zh, en}). */
export const toDocumentLabels = <T>(value: unknown): T => mapLabels<Label, DocumentLabel>(value, ['en', 'zh-CN'], (l) => ({ zh: l['zh-CN'], en: l.en })) as T;

/** A document's labels ({zh, en}) inside `value` as the code's ({en, 'zh-CN'}). */
export const fromDocumentLabels = <T>(value: unknown): T => mapLabels<DocumentLabel, Label>(value, ['zh', 'en'], (l) => ({ en: l.en, 'zh-CN': l.zh })) as T;
