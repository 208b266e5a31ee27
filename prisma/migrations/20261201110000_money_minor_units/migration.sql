-- Money is exact: amounts become integer minor units (fen). The two DECIMAL columns become BIGINT,
-- and the float yuan amounts inside the read model's JSON (deal facts, approval snapshots, timeline
-- entries) are multiplied by 100. Contracts, installments and tenders were in minor units already.
-- Written by hand: stop the workers before it runs, so no old code writes yuan after it.

-- A JSON number of yuan as a JSON integer of fen; anything else as it is.
CREATE FUNCTION pg_temp.fen(amount jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN jsonb_typeof(amount) = 'number' THEN to_jsonb(round((amount #>> '{}')::numeric * 100)::bigint) ELSE amount END
$$;

-- Facts (or a patch of them) with the budget and the preliminary quote's parts in fen.
CREATE FUNCTION pg_temp.facts_fen(facts jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT facts
    || CASE WHEN jsonb_typeof(facts -> 'budget') = 'number' THEN jsonb_build_object('budget', pg_temp.fen(facts -> 'budget')) ELSE '{}' END
    || CASE WHEN jsonb_typeof(facts -> 'preliminaryQuote') = 'object' THEN jsonb_build_object('preliminaryQuote', (facts -> 'preliminaryQuote') || jsonb_strip_nulls(jsonb_build_object(
         'software', pg_temp.fen(facts #> '{preliminaryQuote,software}'),
         'implementation', pg_temp.fen(facts #> '{preliminaryQuote,implementation}'),
         'service', pg_temp.fen(facts #> '{preliminaryQuote,service}')))) ELSE '{}' END
$$;

-- Deals
ALTER TABLE "Deal" RENAME COLUMN "amount" TO "amountMinor";
ALTER TABLE "Deal" ALTER COLUMN "amountMinor" SET DATA TYPE BIGINT USING round("amountMinor" * 100)::bigint;
UPDATE "Deal" SET "facts" = pg_temp.facts_fen("facts") WHERE jsonb_typeof("facts") = 'object';

-- Approvals: the column, and the request inside the snapshot (its amount, and the 'requested' step's)
ALTER TABLE "Approval" RENAME COLUMN "amount" TO "amountMinor";
ALTER TABLE "Approval" ALTER COLUMN "amountMinor" SET DATA TYPE BIGINT USING round("amountMinor" * 100)::bigint;
UPDATE "Approval"
SET "detail" = jsonb_set(
      jsonb_set("detail", '{request}', ("detail" -> 'request') || jsonb_build_object('amount', pg_temp.fen("detail" #> '{request,amount}'), 'amountsIn', 'minor')),
      '{history}',
      COALESCE((SELECT jsonb_agg(CASE WHEN step ->> 'type' = 'requested' AND jsonb_typeof(step #> '{data,amount}') = 'number'
                                      THEN jsonb_set(step, '{data,amount}', pg_temp.fen(step #> '{data,amount}')) ELSE step END ORDER BY n)
                FROM jsonb_array_elements("detail" -> 'history') WITH ORDINALITY AS h(step, n)), '[]'::jsonb))
WHERE jsonb_typeof("detail" #> '{request,amount}') = 'number' AND "detail" #> '{request,amountsIn}' IS NULL;

-- Timeline entries that recorded yuan: a deal's creation, an approval asked for, facts recorded (now with the deal's currency)
UPDATE "TimelineEvent" SET "data" = jsonb_set("data", '{amount}', pg_temp.fen("data" -> 'amount'))
WHERE "type" IN ('created', 'approval_requested') AND jsonb_typeof("data" -> 'amount') = 'number';
UPDATE "TimelineEvent" AS e SET "data" = e."data" || jsonb_build_object('changes', pg_temp.facts_fen(e."data" -> 'changes'), 'currency', d."currency")
FROM "Deal" AS d
WHERE e."dealId" = d."id" AND e."type" = 'facts_recorded' AND jsonb_typeof(e."data" -> 'changes') = 'object'
  AND (jsonb_typeof(e."data" #> '{changes,budget}') = 'number' OR jsonb_typeof(e."data" #> '{changes,preliminaryQuote}') = 'object');

-- Gone with the session anyway, but a single-session server (PGlite) keeps its temporary schema.
DROP FUNCTION pg_temp.facts_fen(jsonb);
DROP FUNCTION pg_temp.fen(jsonb);
