import { PageEmpty } from '../../components/PageState';

/** Built by the issue-12 part that owns pages/deal/. */
export function DealPage() {
  return <PageEmpty />;
}
