/** Quieter text that still meets WCAG AA contrast on white and on the columns' grey (Ant Design's secondary does not). */
export const MUTED = { color: 'rgba(0, 0, 0, 0.65)' } as const;
