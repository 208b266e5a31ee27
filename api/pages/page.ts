import { escapeHtml } from '../../activities/email/templates/layout';
import type { Label, Locale } from '../../process';

const STYLE = `
body{margin:0;background:#f3f4f6;color:#111827;font:16px/1.6 -apple-system,'Segoe UI','PingFang SC','Microsoft YaHei',Helvetica,Arial,sans-serif}
main{max-width:560px;margin:0 auto;padding:24px 16px}
.brand{font-size:20px;font-weight:600;color:#1d4ed8;margin:0 0 16px}
.card{background:#fff;border-radius:8px;padding:24px;margin:0 0 16px}
h1{font-size:22px;line-height:1.3;margin:0 0 12px}
p{margin:0 0 12px}
a{color:#1d4ed8}
dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:0 0 12px}
dt{color:#6b7280}
dd{margin:0;overflow-wrap:anywhere}
`;

export interface PageLink {
  label: Label;
  href: string;
}

/** One card per language the product speaks, Chinese first, each with its heading, its facts and the same links. */
export function bilingualPage(title: Label, facts: Array<[Label, Label]>, lead: Label, links: PageLink[]): string {
  const card = (lang: Locale) => `<section class="card" lang="${lang}">
<h1>${escapeHtml(title[lang])}</h1>
<p>${escapeHtml(lead[lang])}</p>
${facts.length ? `<dl>${facts.map(([name, value]) => `<dt>${escapeHtml(name[lang])}</dt><dd>${escapeHtml(value[lang])}</dd>`).join('')}</dl>` : ''}
<p>${links.map((l) => `<a href="${escapeHtml(l.href)}">${escapeHtml(l.label[lang])}</a>`).join(' · ')}</p>
</section>`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title['zh-CN'])} · ${escapeHtml(title.en)} · Dealflow</title><style>${STYLE}</style></head>
<body><main><div class="brand">Dealflow</div>
${card('zh-CN')}
${card('en')}
</main></body></html>
`;
}
