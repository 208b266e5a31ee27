/** The people of the process (process.md, Roles); the database's role enum holds the same names. */
export const ROLES = ['rep', 'presales', 'supervisor', 'executive', 'finance', 'service', 'admin'] as const;
export type Role = (typeof ROLES)[number];
