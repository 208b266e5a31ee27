-- Support tickets: the read model of each TicketWorkflow, for lists filtered by state, breach, assignee and customer.
CREATE TABLE "Ticket" (
    "id" UUID NOT NULL,
    "workflowId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "contractId" UUID NOT NULL,
    "dealId" UUID NOT NULL,
    "ownerId" UUID NOT NULL,
    "assigneeId" UUID,
    "priority" TEXT NOT NULL,
    "warranty" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "policy" TEXT NOT NULL,
    "breached" BOOLEAN NOT NULL,
    "billableParts" BOOLEAN NOT NULL,
    "reportedAt" TIMESTAMPTZ(3) NOT NULL,
    "responseDeadline" TIMESTAMPTZ(3),
    "restoreDeadline" TIMESTAMPTZ(3),
    "detail" JSONB NOT NULL,
    "version" INTEGER NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "Ticket_workflowId_key" ON "Ticket"("workflowId");
CREATE INDEX "Ticket_status_reportedAt_id_idx" ON "Ticket"("status", "reportedAt", "id");
CREATE INDEX "Ticket_breached_reportedAt_id_idx" ON "Ticket"("breached", "reportedAt", "id");
CREATE INDEX "Ticket_assigneeId_reportedAt_id_idx" ON "Ticket"("assigneeId", "reportedAt", "id");
CREATE INDEX "Ticket_ownerId_reportedAt_id_idx" ON "Ticket"("ownerId", "reportedAt", "id");
CREATE INDEX "Ticket_contractId_idx" ON "Ticket"("contractId");
CREATE INDEX "Ticket_dealId_idx" ON "Ticket"("dealId");
