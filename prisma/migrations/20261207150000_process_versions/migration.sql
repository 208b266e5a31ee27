-- Process definition documents drafted and published by admins; version 1 is built into the code.
CREATE TABLE "ProcessVersion" (
    "version" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "document" JSONB NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "publishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ProcessVersion_pkey" PRIMARY KEY ("version")
);

CREATE INDEX "ProcessVersion_status_version_idx" ON "ProcessVersion"("status", "version");
