// Writing an instant in the forms editors write ("2026", "2026-02", "2026-02-16", "2026-02-16T12:45-03:00"),
// for generators; the inverse of parse.ts, so both sides of the round trip live in this module.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';

/** "+05:30" for 330 minutes east of UTC. */
const offsetZone = (minutes: number) =>
  `${minutes < 0 ? '-' : '+'}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`;

const PATTERNS = { year: 'yyyy', month: 'yyyy-MM', day: 'yyyy-MM-dd' } as const;

/** An instant written to the year, month or day, in UTC. */
export const writeCalendarDate = (instant: number, precision: keyof typeof PATTERNS) =>
  format(new TZDate(instant, 'UTC'), PATTERNS[precision]);

/** An instant to the minute, in UTC ("Z") or with an offset in minutes east of UTC. */
export const writeMinute = (instant: number, offsetMinutes: number | 'Z') =>
  format(new TZDate(instant, offsetMinutes === 'Z' ? 'UTC' : offsetZone(offsetMinutes)), "yyyy-MM-dd'T'HH:mmXXX");
