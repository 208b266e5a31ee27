import type { Schemas } from '../../api/client';
import { PageEmpty } from '../../components/PageState';

/** Built by the issue-12 part that owns the deal's contract and tender tabs. */
export function TenderTab(_props: { deal: Schemas['Deal'] }) {
  return <PageEmpty />;
}
