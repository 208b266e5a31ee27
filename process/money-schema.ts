import { z } from 'zod';
import { MAX_MINOR, type Minor, formatMoney, moneyOf, moneyProblem } from './money';

const AMOUNT_PATTERN = '^(0|[1-9][0-9]*)(\\.[0-9]{1,2})?$';

/**
 * An amount in a request, in major units (yuan): a decimal string ("680000.00", the exact form) or a
 * JSON number with at most 2 decimals. Parsed to Minor; 3 decimals, a negative amount or one past
 * MAX_MINOR fen is a field error. The checks are plain functions, not zod patterns: workflows share
 * the fact schemas frozen (worker/worker.ts), and zod's pattern checks write the pattern's lastIndex.
 */
export const MoneyInput = z
  .union(
    [
      z.string().meta({ pattern: AMOUNT_PATTERN, example: '680000.00' }),
      z.number().meta({ minimum: 0, maximum: Number(formatMoney(MAX_MINOR)), multipleOf: 0.01, example: 680000 }),
    ],
    { error: () => 'an amount as a decimal string such as "680000.00", or a number with at most 2 decimals' },
  )
  .transform((value, ctx): Minor => {
    const problem = moneyProblem(value);
    if (problem) {
      ctx.issues.push({ code: 'custom', message: problem, input: value });
      return z.NEVER;
    }
    return moneyOf(value)!;
  })
  .meta({
    id: 'MoneyInput',
    description: `An amount in major units (yuan for CNY): a decimal string with at most 2 decimals, or a JSON number with at most 2 decimals; at most ${formatMoney(MAX_MINOR)}. Strings are exact; prefer them for large amounts.`,
  });

/** An amount in a response: always a decimal string with exactly 2 decimals, beside the resource's `currency`. */
export const Money = z.string().meta({
  id: 'Money',
  pattern: '^(0|[1-9][0-9]*)\\.[0-9]{2}$',
  example: '680000.00',
  description: 'An exact amount in major units, with 2 decimals, in the currency beside it',
});

export const PositiveMoneyInput = MoneyInput.refine((amount) => amount > 0, { message: 'must be greater than 0' });
