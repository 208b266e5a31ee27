import { type Label, type Locale, label } from '../../../process';
import type { Recipient } from './recipient';

/** What a template writes: a subject and a few blocks. The layout turns them into the text and HTML parts. */
export interface Letter {
  subject: string;
  blocks: Block[];
}

export type Block =
  | { kind: 'paragraph'; text: string }
  /** Label and value rows; a row without a value is left out. */
  | { kind: 'facts'; rows: Array<[label: string, value: string | undefined]> }
  | { kind: 'button'; label: string; url: string }
  /** A titled list of linked items; an empty list is left out. */
  | { kind: 'list'; heading: string; items: ListItem[] };

export interface ListItem {
  title: string;
  url: string;
  detail: string;
}

/** One template: a variant per language, each writing the letter from the template's variables. */
export type Template<Vars> = Record<Locale, (vars: Vars, to: Recipient) => Letter>;

export const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
export const facts = (...rows: Array<[string, string | undefined]>): Block => ({ kind: 'facts', rows });
export const list = (heading: string, items: ListItem[]): Block => ({ kind: 'list', heading, items });
export const button = (label: string, url: string): Block => ({ kind: 'button', label, url });

const OPEN_DEAL = label('Open the deal', '查看商机');
export const openDeal = (url: string, to: Recipient): Block => ({ kind: 'button', label: to.say(OPEN_DEAL), url });

/** Field names that several templates show. */
export const FIELD = {
  action: label('Action', '跟进事项'),
  due: label('Due', '到期时间'),
  customer: label('Customer', '客户'),
  contact: label('Contact', '联系人'),
  owner: label('Owner', '负责人'),
  stage: label('Stage', '当前阶段'),
  note: label('Note', '备注'),
} satisfies Record<string, Label>;
