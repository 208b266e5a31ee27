/** Where the web app shows each thing. Email links point here, and the API answers these paths with the app (api/http/web-app.ts). */
export const webPath = {
  home: () => '/',
  myDay: () => '/my-day',
  board: () => '/board',
  /** A deal, on one of its tabs (`contract`, `tender`, `service`, …) when `tab` names it. */
  deal: (id: string, tab?: string) => (tab ? `/deals/${id}?${new URLSearchParams({ tab })}` : `/deals/${id}`),
  approvals: () => '/approvals',
  approval: (id: string) => `/approvals/${id}`,
  tenders: () => '/tenders',
  tender: (id: string) => `/tenders/${id}`,
  contract: (id: string) => `/contracts/${id}`,
  receivables: () => '/receivables',
  tickets: () => '/tickets',
  ticket: (id: string) => `/tickets/${id}`,
  visits: () => '/visits',
  admin: () => '/admin',
  /** The admin screen of the holiday calendar's years. */
  adminCalendar: () => '/admin/calendar',
  /** The sign-in page; `next` is where it goes once signed in. */
  signIn: (next?: string) => (next ? `/sign-in?${new URLSearchParams({ next })}` : '/sign-in'),
  setPassword: () => '/password/set',
  forgotPassword: () => '/password/forgot',
};

/** Every path of the web app, in Express's syntax: the API answers them with the app, and any other path with the app's not-found page. */
export const WEB_ROUTES = [
  webPath.home(),
  webPath.myDay(),
  webPath.board(),
  webPath.deal(':id'),
  webPath.approvals(),
  webPath.approval(':id'),
  webPath.tenders(),
  webPath.tender(':id'),
  webPath.contract(':id'),
  webPath.receivables(),
  webPath.tickets(),
  webPath.ticket(':id'),
  webPath.visits(),
  webPath.admin(),
  `${webPath.admin()}/*section`,
  webPath.signIn(),
  webPath.setPassword(),
  webPath.forgotPassword(),
];
