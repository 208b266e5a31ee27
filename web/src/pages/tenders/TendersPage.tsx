import { PageEmpty } from '../../components/PageState';

/** Built by the issue-12 part that owns pages/tenders/. */
export function TendersPage() {
  return <PageEmpty />;
}
