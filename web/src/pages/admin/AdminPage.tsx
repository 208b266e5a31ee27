import { PageEmpty } from '../../components/PageState';

/** Built by the issue-12 part that owns pages/admin/. */
export function AdminPage() {
  return <PageEmpty />;
}
