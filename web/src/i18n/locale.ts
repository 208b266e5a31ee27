export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/** A process label or any text given in both languages. */
export type Bilingual = { en: string; 'zh-CN': string };

export const asLocale = (value: string | null | undefined): Locale | undefined =>
  value === 'en' || value?.startsWith('en-') ? 'en' : value === 'zh-CN' || value?.startsWith('zh') ? 'zh-CN' : undefined;

const STORED = 'dealflow.locale';
export const storedLocale = (): Locale | undefined => asLocale(localStorage.getItem(STORED));
export const storeLocale = (locale: Locale) => localStorage.setItem(STORED, locale);
