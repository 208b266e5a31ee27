-- AlterTable
ALTER TABLE "User" ADD COLUMN     "workdayEnd" TEXT NOT NULL DEFAULT '18:00',
ADD COLUMN     "workdayStart" TEXT NOT NULL DEFAULT '09:00';

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" UUID NOT NULL,
    "dealId" UUID NOT NULL,
    "ownerId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "state" TEXT NOT NULL,
    "contactId" UUID,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailOutbox" (
    "key" TEXT NOT NULL,
    "dealId" UUID,
    "to" TEXT[],
    "cc" TEXT[],
    "subject" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "messageId" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),

    CONSTRAINT "EmailOutbox_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "FollowUp_ownerId_state_dueAt_idx" ON "FollowUp"("ownerId", "state", "dueAt");

-- CreateIndex
CREATE INDEX "FollowUp_dealId_idx" ON "FollowUp"("dealId");

-- CreateIndex
CREATE INDEX "EmailOutbox_dealId_idx" ON "EmailOutbox"("dealId");

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

