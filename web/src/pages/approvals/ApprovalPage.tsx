import { PageEmpty } from '../../components/PageState';

/** Built by the issue-12 part that owns pages/approvals/. */
export function ApprovalPage() {
  return <PageEmpty />;
}
