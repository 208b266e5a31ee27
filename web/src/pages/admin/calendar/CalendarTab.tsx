import { Alert, Button, Card, Col, InputNumber, Row, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { PageEmpty, PageError, PageLoading } from '../../../components/PageState';
import { common } from '../../../i18n/common';
import { useMessages } from '../../../i18n/messages';
import { useProcessDefinition } from '../queries';
import { YearEditor } from './YearEditor';
import { calendarWords } from './messages';
import { useCalendarYears } from './queries';

type YearRow = { year: number; source: 'seed' | 'admin'; version: number };

/** The holiday calendar: the years it covers, newest first, what is missing, and one year opened to read or change. */
export function CalendarTab() {
  const t = useMessages(calendarWords);
  const shared = useMessages(common);
  const years = useCalendarYears();
  const coverage = useProcessDefinition().data?.holidayCalendar;
  const [picked, setPicked] = useState<number>();
  if (years.isPending) return <PageLoading />;
  if (years.isError) return <PageError error={years.error} onRetry={() => void years.refetch()} />;

  const rows: YearRow[] = [...years.data.years].sort((a, b) => b.year - a.year);
  const covered = (year: number) => rows.some((r) => r.year === year);
  const missing = (coverage?.missing ?? []).filter((y) => !covered(y));
  const nextYear = missing[0] ?? (rows[0]?.year ?? new Date().getFullYear()) + 1;
  const open = picked ?? rows[0]?.year;

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      {coverage?.warning && missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t.missingTitle}
          description={coverage.warning}
          action={
            <Space direction="vertical">
              {missing.map((y) => (
                <Button key={y} type="primary" onClick={() => setPicked(y)}>
                  {t.addMissing(y)}
                </Button>
              ))}
            </Space>
          }
        />
      )}
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={6}>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t.years}</h2>}>
            <Typography.Paragraph>
              <Typography.Text strong>{t.currentVersion(years.data.version)}</Typography.Text>
              <br />
              <Typography.Text type="secondary">{t.currentVersionText}</Typography.Text>
            </Typography.Paragraph>
            <AddYear key={nextYear} suggested={nextYear} covered={covered} onAdd={setPicked} />
            <Table<YearRow>
              rowKey="year"
              size="small"
              dataSource={rows}
              locale={{ emptyText: shared.empty }}
              pagination={{ pageSize: 10, size: 'small', hideOnSinglePage: true }}
              rowClassName={(r) => (r.year === open ? 'ant-table-row-selected' : '')}
              columns={[
                {
                  title: t.year,
                  dataIndex: 'year',
                  render: (year: number) => (
                    <Button type="link" size="small" style={{ padding: 0 }} aria-label={t.openYear(year)} onClick={() => setPicked(year)}>
                      {year}
                    </Button>
                  ),
                },
                {
                  title: t.source,
                  dataIndex: 'source',
                  render: (source: YearRow['source']) => <Tag color={source === 'admin' ? 'blue' : 'default'}>{t.sourceName(source)}</Tag>,
                },
                { title: t.version, dataIndex: 'version' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={18}>
          {open === undefined ? (
            <PageEmpty>{t.pickYear}</PageEmpty>
          ) : (
            <YearEditor key={open} year={open} covered={covered(open)} calendarVersion={years.data.version} />
          )}
        </Col>
      </Row>
    </Space>
  );
}

/** A year not yet covered, to open empty: the first missing one unless the admin types another. */
function AddYear({ suggested, covered, onAdd }: { suggested: number; covered: (year: number) => boolean; onAdd: (year: number) => void }) {
  const t = useMessages(calendarWords);
  const [year, setYear] = useState<number | null>(suggested);
  return (
    <Space.Compact style={{ marginBottom: 16 }}>
      <InputNumber<number> aria-label={t.yearToAdd} min={2000} max={2100} precision={0} value={year} onChange={setYear} style={{ width: 100 }} />
      <Button disabled={!year || covered(year)} onClick={() => year && onAdd(year)}>
        {t.addYear}
      </Button>
    </Space.Compact>
  );
}
