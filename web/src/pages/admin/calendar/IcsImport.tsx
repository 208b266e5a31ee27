import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Upload } from 'antd';
import { useState } from 'react';
import { ApiProblem } from '../../../api/problem';
import { useMessages } from '../../../i18n/messages';
import { calendarWords } from './messages';
import { useImportIcs } from './queries';

/** Why the server refused a file: each problem it named, or what went wrong. */
const problemsOf = (err: Error) => (err instanceof ApiProblem && err.fieldErrors.length ? err.fieldErrors.map((e) => e.message) : [err.message]);

/** Sets the year from an iCalendar file the admin picks: the server reads it and stores the year as a new version. */
export function IcsImport({ year }: { year: number }) {
  const t = useMessages(calendarWords);
  const { message } = App.useApp();
  const [refused, setRefused] = useState<{ file: string; problems: string[] }>();
  const ics = useImportIcs(year);
  const send = (file: File) => {
    setRefused(undefined);
    ics.mutate(file, {
      onSuccess: (saved) => void message.success(t.imported(file.name, saved.year, saved.holidays.length, saved.workdays.length)),
      onError: (err) => setRefused({ file: file.name, problems: problemsOf(err) }),
    });
    return Upload.LIST_IGNORE;
  };
  return (
    <>
      <Upload accept=".ics,text/calendar" showUploadList={false} beforeUpload={send}>
        <Button icon={<UploadOutlined />} loading={ics.isPending}>
          {t.importIcs}
        </Button>
      </Upload>
      {refused && (
        <Alert
          role="alert"
          type="error"
          showIcon
          closable
          onClose={() => setRefused(undefined)}
          title={t.notImported(refused.file)}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {refused.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
          style={{ marginTop: 12 }}
        />
      )}
    </>
  );
}
