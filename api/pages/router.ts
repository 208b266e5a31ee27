import { type Response, Router } from 'express';
import { type Label, type Stage, label, processDefinition, stageDefinition } from '../../process';
import type { Db } from '../../runtime/db';
import { webPath } from '../../runtime/web-paths';
import { sessionOf } from '../auth/cookie-session';
import { canSee } from '../auth/policy';
import type { SignInSettings } from '../auth/settings';
import { type PageLink, bilingualPage } from './page';

const DOCS: PageLink = { label: label('API documentation', 'API 文档'), href: '/api/docs' };
const COMING = label(
  'The Dealflow web app will show this here. Until it does, the API serves it.',
  'Dealflow 网页版即将在此显示该内容；在此之前，可通过 API 访问。',
);
const signInLink = (next?: string, words = label('Sign in', '登录')): PageLink => ({ label: words, href: webPath.signIn(next) });
const apiLink = (href: string): PageLink => ({ label: label('Open in the API (signed in, or with a token)', '在 API 中打开（需登录或令牌）'), href });

/** What each web path shows until the web app lands, and where its API resource is. */
const PLACEHOLDERS: Array<{ path: string; title: Label; api: (id: string) => string }> = [
  { path: webPath.approval(':id'), title: label('Approval request', '审批申请'), api: (id) => `/api/v1/approvals/${id}` },
  { path: webPath.tender(':id'), title: label('Tender', '招投标'), api: (id) => `/api/v1/tenders/${id}` },
  { path: webPath.contract(':id'), title: label('Contract', '合同'), api: (id) => `/api/v1/contracts/${id}` },
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The pages a browser lands on from `/` and from email links, before the web app exists. A deal's page shows it only to who may see it. */
export function placeholderPagesRouter(db: Db, settings: SignInSettings): Router {
  const router = Router();
  const html = (res: Response, status: number, page: string) => res.status(status).type('html').send(page);
  const notFoundPage = (what: Label) =>
    bilingualPage(
      label(`${what.en} not found`, `找不到该${what['zh-CN']}`),
      [],
      label('Check the link, or ask whoever sent it.', '请检查链接，或联系发送者。'),
      [DOCS],
    );

  router.get(webPath.home(), (_req, res) =>
    html(
      res,
      200,
      bilingualPage(
        label('Dealflow', 'Dealflow'),
        [],
        label(
          'Every opportunity is a long-lived process: stages, approvals, follow-ups and collection.',
          '每个商机都是一个长期运行的流程：阶段、审批、跟进与回款。',
        ),
        [signInLink(), DOCS, { label: label('OpenAPI document', 'OpenAPI 文档'), href: '/api/openapi.json' }],
      ),
    ),
  );

  router.get(webPath.deal(':id'), async (req, res) => {
    const id = String(req.params.id);
    if (!UUID.test(id)) return html(res, 404, notFoundPage(label('Deal', '商机')));
    res.set('Cache-Control', 'no-store');
    const session = await sessionOf(db, req, settings);
    if (!session)
      return html(
        res,
        401,
        bilingualPage(
          label('Sign in to see this deal', '登录后查看该商机'),
          [],
          label('Dealflow shows a deal only to the people who may see it.', 'Dealflow 只向有权查看的人显示商机。'),
          [signInLink(webPath.deal(id))],
        ),
      );
    const deal = await db.deal.findUnique({ where: { id }, select: { title: true, stage: true, processVersion: true, ownerId: true } });
    if (!deal) return html(res, 404, notFoundPage(label('Deal', '商机')));
    if (!(await canSee(db, session.user, deal.ownerId)))
      return html(
        res,
        403,
        bilingualPage(
          label('You cannot see this deal', '您无权查看该商机'),
          [],
          label(
            'Reps see their own deals, supervisors their team’s. Ask the deal’s owner if you need it.',
            '销售只能查看自己的商机，主管可查看团队的商机。如需查看，请联系该商机的负责人。',
          ),
          [signInLink(webPath.deal(id), label('Sign in as someone else', '切换账号登录')), DOCS],
        ),
      );
    const stage = stageDefinition(processDefinition(deal.processVersion), deal.stage as Stage).label;
    const title = label(deal.title, deal.title);
    return html(res, 200, bilingualPage(title, [[label('Stage', '阶段'), stage]], COMING, [apiLink(`/api/v1/deals/${id}`), DOCS]));
  });

  for (const p of PLACEHOLDERS)
    router.get(p.path, (req, res) => {
      const id = String(req.params.id);
      if (!UUID.test(id)) return html(res, 404, notFoundPage(p.title));
      return html(res, 200, bilingualPage(p.title, [], COMING, [apiLink(p.api(id)), DOCS]));
    });

  router.get(webPath.receivables(), (_req, res) =>
    html(res, 200, bilingualPage(label('Receivables', '应收款'), [], COMING, [apiLink('/api/v1/receivables'), DOCS])),
  );
  return router;
}
