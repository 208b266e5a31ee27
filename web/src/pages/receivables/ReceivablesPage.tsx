import { PageEmpty } from '../../components/PageState';

/** Built by the issue-12 part that owns pages/receivables/. */
export function ReceivablesPage() {
  return <PageEmpty />;
}
