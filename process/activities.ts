import { type Label, label } from './label';

/** What a rep logs against a deal: the basic selling steps of process.md, plus replies and notes. */
export const ACTIVITY_TYPES = {
  call: label('Call', '电话沟通'),
  email_material: label('Material sent by email', '邮件发送资料'),
  meeting: label('Meeting', '面谈'),
  demo: label('Product demo', '产品演示'),
  trial_install: label('Trial installed', '安装试用版'),
  revisit: label('Revisit', '回访'),
  training: label('Training', '培训'),
  customer_reply: label('Customer replied', '客户回复'),
  note: label('Note', '备注'),
} as const satisfies Record<string, Label>;

export type ActivityType = keyof typeof ACTIVITY_TYPES;
