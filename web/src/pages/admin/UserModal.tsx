import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Col, Form, Input, Modal, Row, Select } from 'antd';
import { UserSelect } from '../../components/UserSelect';
import { type Schemas, api } from '../../api/client';
import { ApiProblem, unwrap } from '../../api/problem';
import { common } from '../../i18n/common';
import { useMessages } from '../../i18n/messages';
import { formErrors } from './form-errors';
import { adminWords } from './messages';
import { refusalText } from './problem-words';

type User = Schemas['User'];
type Role = User['role'];
export const ROLES: Role[] = ['rep', 'presales', 'supervisor', 'executive', 'finance', 'service', 'admin'];
const TIME_ZONES = Intl.supportedValuesOf('timeZone');

type Fields = {
  name: string;
  email: string;
  role: Role;
  supervisorId?: string | null;
  locale: 'zh-CN' | 'en';
  timezone: string;
  workdayStart: string;
  workdayEnd: string;
};

/** Invites a new user (no `user`), or changes an existing one's role, supervisor, time zone and working hours. */
export function UserModal({ user, onClose }: { user?: User; onClose: () => void }) {
  const t = useMessages(adminWords);
  const shared = useMessages(common);
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Fields>();
  const save = useMutation({
    mutationFn: async ({ name, email, locale, ...rest }: Fields) => {
      if (user)
        return unwrap(api.PATCH('/api/v1/users/{id}', { params: { path: { id: user.id } }, body: { ...rest, supervisorId: rest.supervisorId ?? null } }));
      return unwrap(api.POST('/api/v1/users', { body: { name, email, locale, ...rest, supervisorId: rest.supervisorId ?? undefined, invite: true } }));
    },
    onSuccess: (saved) => {
      void message.success(user ? shared.saved : t.invited(saved.email));
      void client.invalidateQueries({ queryKey: ['users'] });
      onClose();
    },
    onError: (err) => {
      if (err instanceof ApiProblem && err.problem.type?.endsWith(':email-taken')) form.setFields([{ name: 'email', errors: [err.message] }]);
      else form.setFields(formErrors<Fields>(err));
    },
  });
  const refusal = save.error && !(save.error instanceof ApiProblem && (save.error.fieldErrors.length || save.error.problem.type?.endsWith(':email-taken')));
  const initial: Partial<Fields> = user
    ? { role: user.role, supervisorId: user.supervisorId, timezone: user.timezone, workdayStart: user.workdayStart, workdayEnd: user.workdayEnd }
    : { role: 'rep', locale: 'zh-CN', timezone: 'Asia/Shanghai', workdayStart: '09:00', workdayEnd: '18:00' };

  return (
    <Modal
      open
      title={user ? t.editTitle(user.name) : t.inviteTitle}
      okText={user ? shared.save : t.inviteSubmit}
      cancelText={shared.cancel}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={560}
    >
      {refusal && <Alert role="alert" type="error" showIcon title={refusalText(save.error, t.lastAdmin)} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" requiredMark={false} initialValues={initial} onFinish={(values) => save.mutate(values)}>
        {!user && (
          <>
            <Form.Item label={t.name} name="name" rules={[{ required: true, message: t.required }]}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item
              label={t.email}
              name="email"
              rules={[
                { required: true, message: t.required },
                { type: 'email', message: t.emailInvalid },
              ]}
            >
              <Input maxLength={320} />
            </Form.Item>
          </>
        )}
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item label={t.role} name="role">
              <Select options={ROLES.map((r) => ({ value: r, label: t.roleName(r) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={t.supervisor} name="supervisorId">
              <UserSelect<string>
                allowClear
                placeholder={t.noSupervisor}
                exclude={user ? [user.id] : []}
                describe={(p) => `${p.name} (${t.roleName(p.role)})`}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          {!user && (
            <Col span={12}>
              <Form.Item label={t.locale} name="locale">
                <Select
                  options={[
                    { value: 'zh-CN', label: '中文' },
                    { value: 'en', label: 'English' },
                  ]}
                />
              </Form.Item>
            </Col>
          )}
          <Col span={12}>
            <Form.Item label={t.timezone} name="timezone">
              <Select showSearch options={TIME_ZONES.map((tz) => ({ value: tz, label: tz }))} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item label={t.workdayStart} name="workdayStart" rules={[{ required: true, message: t.required }]}>
              <Input type="time" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={t.workdayEnd} name="workdayEnd" rules={[{ required: true, message: t.required }]}>
              <Input type="time" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
