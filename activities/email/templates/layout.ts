import type { Locale } from '../../../process';
import type { Block, Letter } from './letter';
import type { Recipient } from './recipient';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** Who reads it: our own people, or a customer. */
export type Audience = 'staff' | 'customer';

const CHROME: Record<Locale, { greeting: (name: string) => string; colon: string; footer: string; customerFooter: string; home: string }> = {
  'zh-CN': {
    greeting: (name) => `${name}，您好：`,
    colon: '：',
    footer: '您收到这封邮件，是因为您在 Dealflow 中参与商机跟进。',
    customerFooter: '此邮件由系统自动发送。如有疑问，请直接联系您的客户经理。',
    home: '打开 Dealflow',
  },
  en: {
    greeting: (name) => `Hello ${name},`,
    colon: ': ',
    footer: 'You receive this email because you work on deals in Dealflow.',
    customerFooter: 'This email was sent automatically. For any question, please contact your account manager directly.',
    home: 'Open Dealflow',
  },
};

const FONT = `-apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', Helvetica, Arial, sans-serif`;
const MUTED = '#6b7280';
const BRAND = '#1d4ed8';

const shown = (block: Block): boolean => (block.kind === 'list' ? block.items.length > 0 : true);

function blockText(block: Block, colon: string): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text;
    case 'facts':
      return block.rows.flatMap(([label, value]) => (value === undefined ? [] : [`${label}${colon}${value}`])).join('\n');
    case 'button':
      return `${block.label}${colon}${block.url}`;
    case 'list':
      return [block.heading, ...block.items.map((i) => `- ${i.title}${colon}${i.detail}\n  ${i.url}`)].join('\n');
  }
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p style="margin:0 0 16px">${escapeHtml(block.text)}</p>`;
    case 'facts': {
      const rows = block.rows.flatMap(([label, value]) =>
        value === undefined
          ? []
          : [
              `<tr><td style="padding:4px 16px 4px 0;color:${MUTED};white-space:nowrap;vertical-align:top">${escapeHtml(label)}</td><td style="padding:4px 0">${escapeHtml(value)}</td></tr>`,
            ],
      );
      return `<table role="presentation" style="border-collapse:collapse;margin:0 0 16px">${rows.join('')}</table>`;
    }
    case 'button':
      return `<p style="margin:24px 0"><a href="${escapeHtml(block.url)}" style="display:inline-block;background:${BRAND};color:#ffffff;text-decoration:none;padding:10px 18px;border-radius:6px">${escapeHtml(block.label)}</a></p>`;
    case 'list': {
      const items = block.items.map(
        (i) =>
          `<li style="margin:0 0 8px"><a href="${escapeHtml(i.url)}" style="color:${BRAND}">${escapeHtml(i.title)}</a><br><span style="color:${MUTED}">${escapeHtml(i.detail)}</span></li>`,
      );
      return `<h3 style="font-size:15px;margin:24px 0 8px">${escapeHtml(block.heading)}</h3><ul style="margin:0 0 16px;padding-left:20px">${items.join('')}</ul>`;
    }
  }
}

/** The one layout every email shares: "Dealflow" header, greeting, the letter's blocks, footer with a link home. */
export function renderLayout(letter: Letter, to: Recipient, publicUrl?: string, audience: Audience = 'staff'): RenderedEmail {
  const chrome = CHROME[to.locale];
  const footer = audience === 'customer' ? chrome.customerFooter : chrome.footer;
  const blocks = letter.blocks.filter(shown);
  const text = [
    'Dealflow',
    chrome.greeting(to.name),
    ...blocks.map((b) => blockText(b, chrome.colon)),
    `-- \n${footer}${publicUrl ? `\n${chrome.home}${chrome.colon}${publicUrl}` : ''}`,
  ].join('\n\n');
  const home = publicUrl ? ` <a href="${escapeHtml(publicUrl)}" style="color:${MUTED}">${escapeHtml(chrome.home)}</a>` : '';
  const html = `<!doctype html>
<html lang="${to.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(letter.subject)}</title></head>
<body style="margin:0;background:#f3f4f6;font-family:${FONT};color:#111827">
<div style="max-width:600px;margin:0 auto;padding:24px">
<div style="font-size:20px;font-weight:600;color:${BRAND};padding:0 0 16px">Dealflow</div>
<div style="background:#ffffff;border-radius:8px;padding:24px;line-height:1.6">
<p style="margin:0 0 16px">${escapeHtml(chrome.greeting(to.name))}</p>
${blocks.map(blockHtml).join('\n')}
</div>
<div style="font-size:12px;color:${MUTED};padding:16px 0 0">${escapeHtml(footer)}${home}</div>
</div>
</body></html>
`;
  return { subject: letter.subject, text: `${text}\n`, html };
}
