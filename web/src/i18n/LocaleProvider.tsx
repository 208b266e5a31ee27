import { ConfigProvider, App as AntApp } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { type ReactNode, createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { useReducedMotion } from '../app/reduced-motion';
import { type Bilingual, type Locale, asLocale, storeLocale, storedLocale } from './locale';

interface LocaleContext {
  locale: Locale;
  /** The user chose a language here: it sticks in this browser. */
  chooseLocale: (locale: Locale) => void;
  /** The signed-in user's own language, used unless this browser chose one. */
  adoptUserLocale: (locale: string) => void;
  label: (text: Bilingual) => string;
}

const Context = createContext<LocaleContext | undefined>(undefined);

export function useLocale(): LocaleContext {
  const context = useContext(Context);
  if (!context) throw new Error('useLocale outside LocaleProvider');
  return context;
}

// Darker than Ant Design's blue, so links and primary buttons pass WCAG AA contrast (axe-core checks each page).
const THEME = {
  token: {
    colorPrimary: '#1f5fbf',
    colorLink: '#1f5fbf',
    colorInfo: '#1f5fbf',
    colorPrimaryHover: '#1a52a8',
    colorPrimaryActive: '#153f82',
    colorError: '#c4261d',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextQuaternary: 'rgba(0, 0, 0, 0.6)',
    colorTextDisabled: 'rgba(0, 0, 0, 0.56)',
    borderRadius: 6,
  },
  // A tag's text is its colour's 7th shade, too light on its own tint for these three.
  components: { Tag: { green7: '#237804', gold7: '#874d00', orange7: '#ad4e00' } },
};

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocale] = useState<Locale>(() => storedLocale() ?? asLocale(navigator.language) ?? 'zh-CN');
  const chooseLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setLocale(next);
  }, []);
  const adoptUserLocale = useCallback((value: string) => {
    const own = asLocale(value);
    if (own && !storedLocale()) setLocale(own);
  }, []);
  useEffect(() => {
    dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(() => ({ locale, chooseLocale, adoptUserLocale, label: (text: Bilingual) => text[locale] }), [locale, chooseLocale, adoptUserLocale]);
  const reducedMotion = useReducedMotion();
  const theme = useMemo(() => ({ ...THEME, token: { ...THEME.token, motion: !reducedMotion } }), [reducedMotion]);
  return (
    <Context.Provider value={value}>
      <ConfigProvider locale={locale === 'zh-CN' ? zhCN : enUS} theme={theme}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </Context.Provider>
  );
}
