-- CreateTable
CREATE TABLE "Tender" (
    "id" UUID NOT NULL,
    "workflowId" TEXT NOT NULL,
    "dealId" UUID NOT NULL,
    "ownerId" UUID NOT NULL,
    "presalesId" UUID NOT NULL,
    "tenderNo" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "submissionDeadline" TIMESTAMPTZ(3) NOT NULL,
    "openingAt" TIMESTAMPTZ(3) NOT NULL,
    "presentationAt" TIMESTAMPTZ(3),
    "detail" JSONB NOT NULL,
    "version" INTEGER NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Tender_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Tender_workflowId_key" ON "Tender"("workflowId");

-- CreateIndex
CREATE INDEX "Tender_status_submissionDeadline_id_idx" ON "Tender"("status", "submissionDeadline", "id");

-- CreateIndex
CREATE INDEX "Tender_dealId_idx" ON "Tender"("dealId");

