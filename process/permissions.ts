import type { Role } from './roles';

/**
 * Who may act, beyond seeing the deal. Checked where a person asks (the API), never inside a
 * workflow, so a table of today's organisation rather than a rule a running deal pins.
 */
export interface Permission {
  /** These roles may, on any deal. */
  roles: readonly Role[];
  /** Whoever may change the deal may too: its owner, their supervisor, executives and admins. */
  dealTeam: boolean;
  /** The person the work is assigned to may too: a tender's own presales engineer. */
  assignee?: boolean;
}

export const PERMISSIONS = {
  /** 到账确认: finance confirms money received. */
  record_payment: { roles: ['finance', 'admin'], dealTeam: false },
  /** Pausing or resuming the chasing of a whole contract. */
  pause_collection: { roles: ['finance', 'admin'], dealTeam: false },
  /** Acceptance, go-live, end of warranty: reported by finance, the service engineers or the deal's team. */
  report_milestone: { roles: ['finance', 'service'], dealTeam: true },
  /** Disputes and promises to pay on one installment. */
  handle_installment: { roles: ['finance', 'admin'], dealTeam: true },
  /** The bid checklist, its review, submission and the result. */
  work_on_tender: { roles: ['finance'], dealTeam: true, assignee: true },
  /** 售后: responding to, working on, restoring and reopening a support ticket, and its priority. */
  work_ticket: { roles: ['service', 'admin'], dealTeam: false },
  /** Handing a ticket to a service engineer: the engineers themselves and the managers who dispatch them. */
  assign_ticket: { roles: ['service', 'supervisor', 'executive', 'admin'], dealTeam: false },
  /** Reading every ticket; anyone else reads the tickets of the deals they see (a rep: their own customers'). */
  read_tickets: { roles: ['service', 'supervisor', 'executive', 'admin'], dealTeam: false },
  /** After-sales: the implementation checklist, training records, acceptance and return visits. */
  work_on_service: { roles: ['service', 'admin'], dealTeam: false },
  /** A support ticket for a customer: opened by service, or by the deal's team when the customer calls them. */
  open_ticket: { roles: ['service', 'admin'], dealTeam: true },
} as const satisfies Record<string, Permission>;

export type Action = keyof typeof PERMISSIONS;

/** Whether the role alone lets a person take the action. */
export const roleMay = (action: Action, role: string): boolean => (PERMISSIONS[action].roles as readonly string[]).includes(role);
