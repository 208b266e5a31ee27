import { PageEmpty } from '../../components/PageState';

/** Built by the issue-12 part that owns pages/my-day/. */
export function MyDayPage() {
  return <PageEmpty />;
}
