import { useEffect, useState } from 'react';
import { localDate } from '../../main/domain/agenda/local-date';

/** Milliseconds until the next local midnight (plus a second, so the new day has surely begun). */
function untilMidnight(now: Date): number {
  const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 1);
  return Math.max(1000, midnight.getTime() - now.getTime());
}

/**
 * Today as a local calendar date (YYYY-MM-DD). A window left open overnight moves on to the new
 * day by itself, so "today" and "te laat" stay true.
 */
export function useToday(): string {
  const [today, setToday] = useState(() => localDate(new Date()));
  useEffect(() => {
    const timer = window.setTimeout(() => setToday(localDate(new Date())), untilMidnight(new Date()));
    return () => window.clearTimeout(timer);
  }, [today]);
  return today;
}
