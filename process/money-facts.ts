import type { ProcessDefinition } from './definition';

/** The facts with every amount they hold (as their definitions' `money` says) mapped through `fn`; other facts as they are. */
export function mapMoneyFacts(def: ProcessDefinition, facts: Readonly<Record<string, unknown>>, fn: (amount: number) => unknown): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(facts).map(([key, value]) => {
      const money = def.facts.get(key)?.money;
      if (!money || value === null || typeof value !== (money === 'value' ? 'number' : 'object')) return [key, value];
      if (money === 'value') return [key, fn(value as number)];
      const parts = { ...(value as Record<string, unknown>) };
      for (const part of money) if (typeof parts[part] === 'number') parts[part] = fn(parts[part]);
      return [key, parts];
    }),
  );
}

/** Whether any of these facts holds money. */
export const holdsMoney = (def: ProcessDefinition, keys: readonly string[]): boolean => keys.some((key) => def.facts.get(key)?.money !== undefined);
