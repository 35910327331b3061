/**
 * A token bucket per sender: up to `burst` requests at once, then
 * `perSecond` on average. A page cannot make the extension hammer HQ on its
 * behalf, however often it asks.
 */
export interface RequestBudget {
  /** Spends one request for `sender`; false when its budget is used up for now. */
  take(sender: string, now?: number): boolean;
}

export function createRequestBudget({ burst, perSecond }: { burst: number; perSecond: number }): RequestBudget {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(sender, now = Date.now()) {
      const bucket = buckets.get(sender) ?? { tokens: burst, at: now };
      bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
      bucket.at = now;
      const allowed = bucket.tokens >= 1;
      if (allowed) bucket.tokens -= 1;
      buckets.set(sender, bucket);
      // Forget senders that are back to a full bucket: tabs come and go.
      if (buckets.size > 1000) for (const [key, b] of buckets) if (b.tokens >= burst - 1) buckets.delete(key);
      return allowed;
    },
  };
}
