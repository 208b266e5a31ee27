/** A search term as an ILIKE pattern that matches it anywhere, its wildcards taken literally. */
export const containsPattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
