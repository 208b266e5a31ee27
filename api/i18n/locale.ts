import type { Request } from 'express';
import { LOCALES, type Label, type Locale } from '../../process';

/** The caller's language: Accept-Language when it names one we have, else the user's own setting. */
export function localeOf(req: Request, userLocale: string): Locale {
  const header = req.get('accept-language')?.trim();
  // Any Chinese the caller reads gets zh-CN, the Chinese we have.
  const fromHeader = header && header !== '*' ? req.acceptsLanguages('zh-CN', 'zh', 'en') : false;
  if (fromHeader) return fromHeader === 'en' ? 'en' : 'zh-CN';
  return (LOCALES as readonly string[]).includes(userLocale) ? (userLocale as Locale) : 'zh-CN';
}

export const say = (label: Label, locale: Locale): string => label[locale];
