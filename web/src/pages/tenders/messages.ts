import { defineMessages } from '../../i18n/messages';

export const tendersWords = defineMessages(
  {
    title: '招投标日历',
    calendar: '日历',
    list: '列表',
    view: '显示方式',
    tenderNo: '招标编号',
    status: '状态',
    what: '事项',
    when: '时间',
    previous: '上个月',
    next: '下个月',
    kind: (k: string) => (({ deadline: '截止', opening: '开标', presentation: '述标' }) as Record<string, string>)[k] ?? k,
  },
  {
    title: 'Tender calendar',
    calendar: 'Calendar',
    list: 'List',
    view: 'View',
    tenderNo: 'Tender number',
    status: 'Status',
    what: 'What',
    when: 'When',
    previous: 'Previous month',
    next: 'Next month',
    kind: (k: string) => (({ deadline: 'Deadline', opening: 'Opening', presentation: 'Presentation' }) as Record<string, string>)[k] ?? k,
  },
);
