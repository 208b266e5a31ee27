import { type Label, type Locale, label } from '../../process';

/** Sentences the API says in the caller's language. `{name}` is filled in by `t`. */
export const MESSAGES = {
  factMissing: label('{fact}: missing (needed for {stage})', '{fact}：缺失（进入“{stage}”所需）'),
  factUnmet: label('{fact}: {requirement}', '{fact}：{requirement}'),
  gateNotMet: label('{stage} needs facts that are missing or short of the requirement', '进入“{stage}”的条件尚未满足'),
  noteRequired: label('say why the deal moves back', '请说明商机回退的原因'),
} satisfies Record<string, Label>;

export const t = (message: Label, locale: Locale, vars: Record<string, string> = {}): string =>
  message[locale].replace(/\{(\w+)\}/g, (_, key: string) => vars[key] ?? `{${key}}`);
