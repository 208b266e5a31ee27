-- CreateTable
CREATE TABLE "Approval" (
    "id" UUID NOT NULL,
    "workflowId" TEXT NOT NULL,
    "dealId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "requesterId" UUID NOT NULL,
    "dealOwnerId" UUID NOT NULL,
    "assigneeId" UUID,
    "approverId" UUID,
    "currentLevel" INTEGER,
    "participantIds" UUID[],
    "detail" JSONB NOT NULL,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL,
    "decidedAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL,

    CONSTRAINT "Approval_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delegation" (
    "userId" UUID NOT NULL,
    "delegateId" UUID NOT NULL,
    "from" TIMESTAMPTZ(3) NOT NULL,
    "until" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Delegation_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Approval_workflowId_key" ON "Approval"("workflowId");

-- CreateIndex
CREATE INDEX "Approval_assigneeId_status_requestedAt_idx" ON "Approval"("assigneeId", "status", "requestedAt");

-- CreateIndex
CREATE INDEX "Approval_approverId_status_idx" ON "Approval"("approverId", "status");

-- CreateIndex
CREATE INDEX "Approval_dealId_idx" ON "Approval"("dealId");

-- CreateIndex
CREATE INDEX "Approval_status_requestedAt_id_idx" ON "Approval"("status", "requestedAt", "id");

-- CreateIndex
CREATE INDEX "Delegation_delegateId_idx" ON "Delegation"("delegateId");

