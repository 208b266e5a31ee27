/** Lists are read models that follow their workflow a moment after a command. */
const CATCH_UP_MS = 1_500;

/** Refreshes now, and once more when the read models have caught up with the command. */
export function refreshNowAndAfterCatchUp(refresh: () => Promise<unknown>): Promise<unknown> {
  setTimeout(() => void refresh(), CATCH_UP_MS);
  return refresh();
}
