import { Form, Input } from 'antd';
import { UserSelect } from '../../components/UserSelect';
import { useEffect, useState } from 'react';
import { useMessages } from '../../i18n/messages';
import { AccountSelect } from './AccountSelect';
import { boardWords } from './messages';
import type { BoardFilter } from './queries';

const TEXT_DEBOUNCE_MS = 300;

/** Owner, team, account and text; the text waits until the typing stops. */
export function BoardFilters({ value, onChange }: { value: BoardFilter; onChange: (f: BoardFilter) => void }) {
  const t = useMessages(boardWords);
  const [text, setText] = useState(value.q ?? '');
  useEffect(() => {
    const q = text.trim() || undefined;
    if (q === value.q) return;
    const timer = setTimeout(() => onChange({ ...value, q }), TEXT_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, value, onChange]);
  return (
    <Form layout="inline" style={{ rowGap: 8 }}>
      <Form.Item label={t.owner} htmlFor="board-owner">
        <UserSelect<string>
          id="board-owner"
          allowClear
          style={{ minWidth: 160 }}
          value={value.ownerId}
          onChange={(ownerId?: string) => onChange({ ...value, ownerId })}
        />
      </Form.Item>
      <Form.Item label={t.team} htmlFor="board-team">
        <UserSelect<string>
          id="board-team"
          role="supervisor"
          allowClear
          style={{ minWidth: 160 }}
          value={value.teamOf}
          onChange={(teamOf?: string) => onChange({ ...value, teamOf })}
        />
      </Form.Item>
      <Form.Item label={t.account} htmlFor="board-account">
        <AccountSelect
          id="board-account"
          allowClear

          value={value.accountId}
          onChange={(accountId) => onChange({ ...value, accountId })}
        />
      </Form.Item>
      <Form.Item label={t.text} htmlFor="board-text">
        <Input id="board-text" allowClear value={text} onChange={(e) => setText(e.target.value)} style={{ width: 200 }} />
      </Form.Item>
    </Form>
  );
}
