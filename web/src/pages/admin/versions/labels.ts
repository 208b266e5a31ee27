import type { Locale } from '../../../i18n/locale';
import type { ProcessDocument } from './queries';

type Label = ProcessDocument['stages'][number]['label'];

/** A document's own words for its stages and facts, in the screen's language; a key it does not name stays a key. */
export function documentLabels(doc: ProcessDocument | undefined, locale: Locale) {
  const say = (l: Label) => (locale === 'zh-CN' ? l.zh : l.en);
  const stages = new Map([...(doc?.stages ?? []), ...(doc ? [doc.lost] : [])].map((s) => [s.key as string, say(s.label)]));
  const facts = new Map((doc?.facts ?? []).map((f) => [f.key, say(f.label)]));
  const reasons = new Map(Object.entries(doc?.lostReasons ?? {}).map(([k, l]) => [k, say(l)]));
  return {
    stage: (key: string) => stages.get(key) ?? key,
    fact: (key: string) => facts.get(key) ?? key,
    reason: (key: string) => reasons.get(key) ?? key,
  };
}
export type DocumentLabels = ReturnType<typeof documentLabels>;
