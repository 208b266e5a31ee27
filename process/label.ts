export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type Label = Record<Locale, string>;

export const label = (en: string, zh: string): Label => ({ en, 'zh-CN': zh });
