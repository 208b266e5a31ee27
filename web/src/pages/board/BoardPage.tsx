import { PageEmpty } from '../../components/PageState';

/** Built by the issue-12 part that owns pages/board/. */
export function BoardPage() {
  return <PageEmpty />;
}
