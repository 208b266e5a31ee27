/**
 * Where the web app shows each thing. Email links point here; until the app lands, the API answers
 * these paths with a small page that links to the resource and the docs.
 */
export const webPath = {
  home: () => '/',
  deal: (id: string) => `/deals/${id}`,
  approval: (id: string) => `/approvals/${id}`,
  tender: (id: string) => `/tenders/${id}`,
  contract: (id: string) => `/contracts/${id}`,
  receivables: () => '/receivables',
  /** The sign-in page; `next` is where it goes once signed in. */
  signIn: (next?: string) => (next ? `/sign-in?${new URLSearchParams({ next })}` : '/sign-in'),
};
