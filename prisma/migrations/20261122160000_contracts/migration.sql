-- CreateTable
CREATE TABLE "Contract" (
    "id" UUID NOT NULL,
    "dealId" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "ownerId" UUID NOT NULL,
    "signedAt" TIMESTAMPTZ(3),
    "detail" JSONB NOT NULL,
    "dealVersion" INTEGER NOT NULL,
    "collection" JSONB,
    "collectionVersion" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Contract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Installment" (
    "id" UUID NOT NULL,
    "contractId" UUID NOT NULL,
    "dealId" UUID NOT NULL,
    "ownerId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "label" JSONB NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "paidMinor" BIGINT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "dueAt" TIMESTAMPTZ(3),
    "status" TEXT NOT NULL,
    "pausedBy" TEXT,
    "lastRung" TEXT,
    "nextReminderAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Installment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Contract_dealId_key" ON "Contract"("dealId");

-- CreateIndex
CREATE UNIQUE INDEX "Contract_reference_key" ON "Contract"("reference");

-- CreateIndex
CREATE INDEX "Contract_ownerId_idx" ON "Contract"("ownerId");

-- CreateIndex
CREATE INDEX "Installment_status_dueAt_id_idx" ON "Installment"("status", "dueAt", "id");

-- CreateIndex
CREATE INDEX "Installment_ownerId_status_idx" ON "Installment"("ownerId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Installment_contractId_seq_key" ON "Installment"("contractId", "seq");

-- AddForeignKey
ALTER TABLE "Installment" ADD CONSTRAINT "Installment_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

