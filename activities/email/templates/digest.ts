import { type ListItem, type Template, list, paragraph } from './letter';
import type { Recipient, Wording } from './recipient';

export interface DigestItem {
  dealTitle: string;
  dealUrl: string;
  action: Wording;
  /** ISO 8601 instant. */
  dueAt: string;
}

export interface DailyDigestVars {
  /** The recipient's local day, YYYY-MM-DD. */
  date: string;
  due: DigestItem[];
  overdue: DigestItem[];
}

const items = (followUps: DigestItem[], to: Recipient): ListItem[] =>
  followUps.map((f) => ({ title: f.dealTitle, url: f.dealUrl, detail: `${to.say(f.action)} · ${to.at(f.dueAt)}` }));

export const dailyDigest: Template<DailyDigestVars> = {
  'zh-CN': (v, to) => ({
    subject: `【今日跟进】${to.day(v.date)}：${v.due.length} 项到期，${v.overdue.length} 项已逾期`,
    blocks: [paragraph('以下是今天需要您处理的跟进事项。'), list('已逾期', items(v.overdue, to)), list('今日到期', items(v.due, to))],
  }),
  en: (v, to) => ({
    subject: `Your follow-ups for ${to.day(v.date)}: ${v.due.length} due, ${v.overdue.length} overdue`,
    blocks: [paragraph('Here are the follow-ups that need you today.'), list('Overdue', items(v.overdue, to)), list('Due today', items(v.due, to))],
  }),
};
