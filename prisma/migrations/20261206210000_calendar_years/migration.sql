-- Years of the holiday calendar entered by admins, each change a new calendar version.
CREATE TABLE "CalendarYear" (
    "year" INTEGER NOT NULL,
    "holidays" JSONB NOT NULL,
    "workdays" TEXT[],
    "version" INTEGER NOT NULL,
    "updatedById" UUID NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CalendarYear_pkey" PRIMARY KEY ("year")
);

CREATE UNIQUE INDEX "CalendarYear_version_key" ON "CalendarYear"("version");
