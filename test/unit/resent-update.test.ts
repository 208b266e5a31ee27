import { ServiceError } from '@temporalio/client';
import { describe, expect, it } from 'vitest';
import { resendingDropped } from '../../api/http/resent-update';

/** What the client throws when the server dropped an update with the workflow task that failed under it. */
const dropped = () =>
  new ServiceError('Workflow Update failed', {
    cause: Object.assign(new Error('9 FAILED_PRECONDITION: Unable to perform workflow execution update due to unexpected workflow task failure.'), { code: 9 }),
  });

describe('an update the server dropped unaccepted', () => {
  it('is sent again under the same id until it is answered', async () => {
    const ids: string[] = [];
    const answer = await resendingDropped(async (updateId) => {
      ids.push(updateId);
      if (ids.length < 3) throw dropped();
      return 'answered';
    });
    expect(answer).toBe('answered');
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(1);
  });

  it('gives up after five sends, and never resends any other failure', async () => {
    let sends = 0;
    await expect(resendingDropped(() => (sends++, Promise.reject(dropped())))).rejects.toBeInstanceOf(ServiceError);
    expect(sends).toBe(5);
    sends = 0;
    const refused = Object.assign(new Error('refused'), { code: 5 });
    await expect(resendingDropped(() => (sends++, Promise.reject(refused)))).rejects.toBe(refused);
    expect(sends).toBe(1);
  });
});
