import { Alert, App, Button, Card, Divider, Form, Space, Tag, Typography } from 'antd';
import { PageError, PageLoading } from '../../../components/PageState';
import { formatDateTime } from '../../../format/time';
import { common } from '../../../i18n/common';
import { useMessages } from '../../../i18n/messages';
import { formErrors } from '../form-errors';
import { IcsImport } from './IcsImport';
import { HolidayList, WorkdayList } from './YearFields';
import { calendarWords } from './messages';
import { type CalendarYear, useCalendarYear, useSaveYear } from './queries';
import { type YearFields, fieldsOf, formFieldOf, inputOf } from './year-form';

/** One year of the calendar, stored or about to be added, to read and change. */
export function YearEditor({ year, covered, calendarVersion }: { year: number; covered: boolean; calendarVersion: number }) {
  const stored = useCalendarYear(year, covered);
  if (covered && stored.isPending) return <PageLoading />;
  if (covered && stored.isError) return <PageError error={stored.error} onRetry={() => void stored.refetch()} />;
  const entry = covered ? stored.data : undefined;
  // A new version stored (saved or imported) starts the form afresh from it.
  return <YearForm key={entry?.version ?? 'new'} year={year} entry={entry} calendarVersion={calendarVersion} />;
}

function YearForm({ year, entry, calendarVersion }: { year: number; entry?: CalendarYear; calendarVersion: number }) {
  const t = useMessages(calendarWords);
  const shared = useMessages(common);
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<YearFields>();
  const save = useSaveYear(year);
  const fieldErrors = save.error ? formErrors<YearFields>(save.error, formFieldOf) : [];

  const confirmSave = (fields: YearFields) =>
    void modal.confirm({
      title: t.saveConfirm(year, calendarVersion + 1),
      content: t.saveText,
      okText: t.save,
      cancelText: shared.cancel,
      onOk: () =>
        save.mutate(inputOf(fields), {
          onSuccess: (saved) => void message.success(t.saved(saved.year, saved.version)),
          onError: (err) => form.setFields(formErrors<YearFields>(err, formFieldOf)),
        }),
    });

  return (
    <Card
      title={
        <Space wrap>
          <h2 style={{ fontSize: 16, margin: 0 }}>{t.yearTitle(year)}</h2>
          {entry && <Tag color={entry.source === 'admin' ? 'blue' : 'default'}>{t.sourceName(entry.source)}</Tag>}
          {entry && <Typography.Text type="secondary">{`${t.version} ${entry.version}`}</Typography.Text>}
        </Space>
      }
      extra={entry?.updatedAt && <Typography.Text type="secondary">{t.updatedAt(formatDateTime(entry.updatedAt))}</Typography.Text>}
    >
      {!entry && <Alert type="info" showIcon title={t.newYear(year)} style={{ marginBottom: 16 }} />}
      {save.error && fieldErrors.length === 0 && (
        <Alert role="alert" type="error" showIcon title={t.notSaved} description={save.error.message} style={{ marginBottom: 16 }} />
      )}
      <Form<YearFields> form={form} layout="vertical" requiredMark={false} initialValues={fieldsOf(entry)} onFinish={confirmSave}>
        <h3 style={{ fontSize: 15 }}>{t.holidays}</h3>
        <HolidayList year={year} />
        <h3 style={{ fontSize: 15 }}>{t.workdays}</h3>
        <Typography.Paragraph type="secondary">{t.workdaysText}</Typography.Paragraph>
        <WorkdayList year={year} />
        <Divider />
        {/* Not a submit button: Enter, which accepts a typed date, must not open the confirmation. */}
        <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
          {t.save}
        </Button>
      </Form>
      <Divider />
      <Typography.Paragraph type="secondary">{t.importText}</Typography.Paragraph>
      <IcsImport year={year} />
    </Card>
  );
}
