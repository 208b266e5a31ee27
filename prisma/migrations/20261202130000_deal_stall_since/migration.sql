-- The board's stall badge: when the deal's stall watch began its idle period, once it has alerted.
ALTER TABLE "Deal" ADD COLUMN "stallSince" TIMESTAMPTZ(3);
