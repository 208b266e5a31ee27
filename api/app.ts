import type { Client } from '@temporalio/client';
import express from 'express';
import type { Transporter } from 'nodemailer';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { ApprovalTiming, CollectionTiming, FollowUpTiming, ServiceTiming, SupportPolicy, TenderTiming } from '../process';
import { loadConfig } from '../runtime/config';
import type { Db } from '../runtime/db';
import type { Logger } from '../runtime/logger';
import { approvalGateway } from './approvals/gateway';
import { authenticate } from './auth/authenticate';
import { type SignInSettings, signInSettings } from './auth/settings';
import { passwordSignIn } from './auth/sign-in';
import { signInMail } from './auth/sign-in-mail';
import { collectionGateway } from './contracts/gateway';
import { tenderGateway } from './tenders/gateway';
import { ticketGateway } from './tickets/gateway';
import { DealGateway } from './deals/gateway';
import { tellOwnedDeals } from './deals/owner-calendar';
import { methodNotAllowed } from './http/method-not-allowed';
import { createRegistry, openApiDocument, openApiRouter } from './http/openapi';
import { problemHandler, unknownRoute } from './http/problem';
import { securityHeaders } from './http/security-headers';
import { webAppRouter } from './http/web-app';
import { accountsRouter } from './routes/accounts';
import { approvalLinksRouter } from './routes/approval-links';
import { approvalsRouter } from './routes/approvals';
import { boardRouter } from './routes/board';
import { contactsRouter } from './routes/contacts';
import { contractsRouter } from './routes/contracts';
import { dealsRouter } from './routes/deals';
import { delegationRouter } from './routes/delegation';
import { followUpsRouter } from './routes/followups';
import { healthRouter } from './routes/health';
import { passwordRouter } from './routes/password';
import { calendarRouter } from './routes/calendar';
import { processVersionsRouter } from './routes/process-versions';
import { processRouter } from './routes/process';
import { receivablesRouter } from './routes/receivables';
import { sessionRouter } from './routes/session';
import { tendersRouter } from './routes/tenders';
import { ticketsRouter } from './routes/tickets';
import { tokensRouter } from './routes/tokens';
import { usersRouter } from './routes/users';
import { serviceRouter } from './routes/service';
import { visitsRouter } from './routes/visits';
import { serviceGateway } from './service/gateway';

const swaggerUiDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

export interface AppDeps {
  db: Db;
  temporal: Client;
  taskQueue: string;
  mailer: Transporter;
  log: Logger;
  /** How long a read of one deal waits for its workflow; 5 s unless a test wants less. */
  dealQueryTimeoutMs?: number;
  /** Follow-up durations for new deals, when they differ from the process definition's (tests). */
  followUpTiming?: Partial<FollowUpTiming>;
  /** Approval waits for new requests, when they differ from the process definition's (tests). */
  approvalTiming?: Partial<ApprovalTiming>;
  /** The dunning ladder's day for new deals' contracts, when it differs (tests make it a second). */
  collectionTiming?: Partial<CollectionTiming>;
  /** Tender reminder spans for new deals' tenders, when they differ (tests). */
  tenderTiming?: Partial<TenderTiming>;
  /** After-sales durations for new deals' contracts, when they differ (tests run them in seconds). */
  serviceTiming?: Partial<ServiceTiming>;
  /** Ticket SLA policies handed to the tickets of new deals' contracts, when they differ (tests). */
  supportTiming?: Partial<SupportPolicy>;
  /** Checks the approve and reject links emailed by the worker, which signs them with the same secret. */
  linkSecret: string;
  /** Sessions, throttling, password links (runtime/config.ts; tests shorten the durations). */
  signIn: SignInSettings;
  /** Express's `trust proxy`, so that req.ip (throttling) is the client's address behind a reverse proxy. */
  trustProxy?: string | boolean;
  /** The built web app; web/dist unless a test builds its own. */
  webDist?: string;
}

export function createApp(deps: AppDeps, registry = createRegistry()): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  if (deps.trustProxy !== undefined) app.set('trust proxy', deps.trustProxy);
  app.use(securityHeaders(deps.signIn.publicUrl));
  app.use(express.json({ limit: '1mb', type: ['application/json', 'application/*+json'] }));

  const v1 = express.Router();
  v1.use(authenticate(deps.db, deps.signIn));
  const mail = signInMail(deps.mailer, deps.signIn, deps.log);
  const signIn = passwordSignIn(deps.db, deps.signIn, mail);
  v1.use(sessionRouter(deps.db, registry, deps.signIn, signIn));
  v1.use(passwordRouter(deps.db, registry, deps.signIn, mail));
  v1.use(tokensRouter(deps.db, registry));
  const gateway = new DealGateway(deps.temporal, deps.taskQueue, deps.dealQueryTimeoutMs);
  v1.use(usersRouter(deps.db, registry, { onCalendarChange: (userId) => tellOwnedDeals(deps.db, gateway, userId), mail, signIn: deps.signIn }));
  v1.use(delegationRouter(deps.db, registry));
  v1.use(accountsRouter(deps.db, registry));
  v1.use(contactsRouter(deps.db, registry));
  const approvals = approvalGateway(deps.temporal, deps.dealQueryTimeoutMs);
  v1.use(
    dealsRouter(deps.db, gateway, approvals, registry, {
      followUps: deps.followUpTiming,
      approvals: deps.approvalTiming,
      collection: deps.collectionTiming,
      tenders: deps.tenderTiming,
      service: deps.serviceTiming,
      support: deps.supportTiming,
    }),
  );
  v1.use(contractsRouter(deps.db, gateway, collectionGateway(deps.temporal, deps.dealQueryTimeoutMs), approvals, registry));
  v1.use(receivablesRouter(deps.db, registry));
  const services = serviceGateway(deps.temporal, deps.dealQueryTimeoutMs);
  v1.use(serviceRouter(deps.db, services, registry));
  v1.use(visitsRouter(deps.db, services, registry));
  v1.use(tendersRouter(deps.db, gateway, tenderGateway(deps.temporal, deps.dealQueryTimeoutMs), approvals, registry));
  v1.use(ticketsRouter(deps.db, ticketGateway(deps.temporal, deps.dealQueryTimeoutMs), registry));
  v1.use(approvalsRouter(deps.db, approvals, registry));
  v1.use(followUpsRouter(deps.db, gateway, registry));
  v1.use(processRouter(deps.db, registry));
  v1.use(processVersionsRouter(deps.db, registry));
  v1.use(calendarRouter(deps.db, deps.temporal, deps.taskQueue, registry));
  v1.use(boardRouter(deps.db, registry));

  app.use(healthRouter(deps));
  app.use(openApiRouter(registry, swaggerUiDir, express));
  app.use('/api/v1', v1);
  app.use(approvalLinksRouter(deps.db, approvals, deps.linkSecret, deps.log));
  app.use(webAppRouter(deps.webDist));
  app.use(methodNotAllowed(registry));
  app.use(unknownRoute);
  app.use(problemHandler(deps.log));
  return app;
}

/** The OpenAPI document as the app serves it, built without connecting to anything: routes only use their dependencies when called. */
export function apiDocument() {
  const unused = new Proxy({}, { get: () => undefined }) as never;
  const registry = createRegistry();
  createApp(
    {
      db: unused,
      temporal: unused,
      taskQueue: '',
      mailer: unused,
      log: unused,
      linkSecret: '',
      signIn: signInSettings(loadConfig({ DATABASE_URL: 'postgresql://documented/only' })),
    },
    registry,
  );
  return openApiDocument(registry);
}
