import { Button, Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useLocale } from '../../i18n/LocaleProvider';

/** The centred card the sign-in, invitation and reset pages share, with the language switch. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  const { locale, chooseLocale } = useLocale();
  return (
    <main style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#f5f7fa', padding: 16 }}>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
          {title}
        </Typography.Title>
        {children}
        <div style={{ textAlign: 'right', marginTop: 8 }}>
          <Button type="link" size="small" onClick={() => chooseLocale(locale === 'zh-CN' ? 'en' : 'zh-CN')}>
            {locale === 'zh-CN' ? 'English' : '中文'}
          </Button>
        </div>
      </Card>
    </main>
  );
}
