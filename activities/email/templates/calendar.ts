import { type Template, button, paragraph } from './letter';

export interface CalendarYearMissingVars {
  /** The year the holiday calendar has no data for. */
  year: number;
  /** The admin screen where the year is entered or imported. */
  calendarUrl: string;
}

export const calendarYearMissing: Template<CalendarYearMissingVars> = {
  'zh-CN': (v) => ({
    subject: `【节假日日历】缺少 ${v.year} 年的节假日安排，请补充`,
    blocks: [
      paragraph(`Dealflow 的业务日历中还没有 ${v.year} 年的法定节假日和调休安排。`),
      paragraph(
        `如不补充，按工作时间计算的期限（跟进、审批提醒、催款提醒、回访等）在 ${v.year} 年只按周末计算：节假日会被当作工作日，调休上班的周末会被当作休息日。现在运行的商机等流程已会用到 ${v.year} 年的日期；补充后它们会重新计算期限，但在此之前已到期的提醒不会重来，所以请尽早补充。`,
      ),
      paragraph(`国务院办公厅公布 ${v.year} 年放假安排后，请在管理页面逐项录入，或导入 iCalendar（ICS）文件。`),
      button(`补充 ${v.year} 年节假日`, v.calendarUrl),
      paragraph('此提醒只发送一次。补充之前，流程视图和就绪检查（/readyz）会一直显示这一警告。'),
    ],
  }),
  en: (v) => ({
    subject: `Holiday calendar: ${v.year} is missing, please add it`,
    blocks: [
      paragraph(`Dealflow’s business calendar has no public holidays or make-up working days for ${v.year} yet.`),
      paragraph(
        `If nothing is done, deadlines counted in working time (follow-ups, approval reminders, payment reminders, return visits and the like) will count ${v.year} by weekends only: its public holidays will be treated as working days, and its make-up working weekends as days off. Deals and other processes running now already reach into ${v.year}; once it is added they count their deadlines again, but a reminder already sent on the wrong day is not taken back, so the sooner it is added, the better.`,
      ),
      paragraph(`Once the State Council publishes the ${v.year} holiday schedule, enter it on the admin screen or import it as an iCalendar (ICS) file.`),
      button(`Add ${v.year} to the calendar`, v.calendarUrl),
      paragraph('This reminder is sent once. Until the year is added, the process view and the readiness check (/readyz) keep warning about it.'),
    ],
  }),
};
