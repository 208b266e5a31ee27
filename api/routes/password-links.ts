import express, { Router, type Request } from 'express';
import type { Db } from '../../runtime/db';
import { NewPassword } from '../auth/password';
import { FAILURE_STATUS, linkFailurePage, passwordSetPage, setPasswordPage } from '../auth/password-pages';
import { SET_PASSWORD_PATH, checkPasswordLink, redeemPasswordLink } from '../auth/password-links';
import type { SignInSettings } from '../auth/settings';
import { localeOfUser } from '../auth/sign-in-mail';
import { localeOf } from '../i18n/locale';

/**
 * The page the invitation and reset emails link to, until the web app takes the path over. GET
 * only shows the form (mail scanners follow links); the form's POST sets the password.
 */
export function passwordLinksRouter(db: Db, settings: SignInSettings): Router {
  const router = Router();
  const readerLocale = (req: Request, userLocale?: string) => (userLocale ? localeOfUser(userLocale) : localeOf(req, 'zh-CN'));
  const noStore = { 'Cache-Control': 'no-store' };

  router.get(SET_PASSWORD_PATH, async (req, res) => {
    const token = typeof req.query.token === 'string' ? req.query.token : '';
    const check = await checkPasswordLink(db, token, settings.linkSecret);
    res.set(noStore).type('html');
    if (!check.ok) return void res.status(FAILURE_STATUS[check.failure]).send(linkFailurePage(readerLocale(req, check.locale), check.failure));
    res.send(setPasswordPage(localeOfUser(check.user.locale), check.purpose, token, check.user.email));
  });

  router.post(SET_PASSWORD_PATH, express.urlencoded({ extended: false, limit: '16kb' }), async (req, res) => {
    const token = typeof req.body?.token === 'string' ? req.body.token : '';
    const password = typeof req.body?.password === 'string' ? req.body.password : '';
    res.set(noStore).type('html');
    if (!NewPassword.safeParse(password).success) {
      const check = await checkPasswordLink(db, token, settings.linkSecret);
      if (!check.ok) return void res.status(FAILURE_STATUS[check.failure]).send(linkFailurePage(readerLocale(req, check.locale), check.failure));
      return void res.status(422).send(setPasswordPage(localeOfUser(check.user.locale), check.purpose, token, check.user.email, 'too_short'));
    }
    const result = await redeemPasswordLink(db, token, password, settings.linkSecret);
    if (!result.ok) return void res.status(FAILURE_STATUS[result.failure]).send(linkFailurePage(readerLocale(req, result.locale), result.failure));
    res.send(passwordSetPage(localeOfUser(result.user.locale), settings.publicUrl));
  });

  return router;
}
