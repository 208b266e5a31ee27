-- CreateTable
CREATE TABLE "Service" (
    "contractId" UUID NOT NULL,
    "workflowId" TEXT NOT NULL,
    "dealId" UUID NOT NULL,
    "ownerId" UUID NOT NULL,
    "engineerId" UUID NOT NULL,
    "acceptedAt" TIMESTAMPTZ(3),
    "warrantyEndsAt" TIMESTAMPTZ(3),
    "detail" JSONB NOT NULL,
    "version" INTEGER NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Service_pkey" PRIMARY KEY ("contractId")
);

-- CreateTable
CREATE TABLE "Visit" (
    "id" UUID NOT NULL,
    "contractId" UUID NOT NULL,
    "dealId" UUID NOT NULL,
    "ownerId" UUID NOT NULL,
    "assigneeId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "season" TEXT,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "status" TEXT NOT NULL,
    "record" JSONB,
    "version" INTEGER NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Visit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Service_workflowId_key" ON "Service"("workflowId");

-- CreateIndex
CREATE INDEX "Service_dealId_idx" ON "Service"("dealId");

-- CreateIndex
CREATE INDEX "Service_engineerId_idx" ON "Service"("engineerId");

-- CreateIndex
CREATE UNIQUE INDEX "Visit_contractId_key_key" ON "Visit"("contractId", "key");

-- CreateIndex
CREATE INDEX "Visit_assigneeId_status_dueAt_id_idx" ON "Visit"("assigneeId", "status", "dueAt", "id");

-- CreateIndex
CREATE INDEX "Visit_ownerId_status_dueAt_id_idx" ON "Visit"("ownerId", "status", "dueAt", "id");
