import { PageEmpty } from '../../components/PageState';

/** Built by the issue-12 part that owns pages/sign-in/. */
export function SetPasswordPage() {
  return <PageEmpty />;
}
