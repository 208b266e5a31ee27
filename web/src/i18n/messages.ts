import { useLocale } from './LocaleProvider';
import type { Locale } from './locale';

type Message = string | ((...args: never[]) => string);
export type Messages<T extends Record<string, Message>> = Record<Locale, T>;

/** One screen's words in both languages; the zh-CN set decides the keys and the en set must match them. */
export const defineMessages = <T extends Record<string, Message>>(zh: T, en: { [K in keyof T]: T[K] }): Messages<T> => ({ 'zh-CN': zh, en });

/** The words of `messages` in the current language. */
export function useMessages<T extends Record<string, Message>>(messages: Messages<T>): T {
  return messages[useLocale().locale];
}
