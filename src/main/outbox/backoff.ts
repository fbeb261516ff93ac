/**
 * "Full jitter" (AWS Architecture Blog, 2015): a random wait up to an exponentially growing cap,
 * so laptops reconnecting at once spread out. Retry-After from the agency is a floor, never
 * undercut.
 */
export function retryDelayMs(attempts: number, retryAfterMs: number | null, random: () => number = Math.random): number {
  const cap = Math.min(15 * 60_000, 2_000 * 2 ** Math.min(attempts, 12));
  return Math.max(retryAfterMs ?? 0, Math.floor(random() * cap));
}
