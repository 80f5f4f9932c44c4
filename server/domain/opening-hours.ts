/** Validation of opening hours at the HTTP edge; the rule itself (isOpenAt) is shared with the kiosk. */
import { z } from 'zod';
import { WEEKDAYS, type OpeningHours as SharedOpeningHours } from '../../shared/opening-hours.ts';

export { isOpenAt, localWeekdayAndTime, WEEKDAYS, type Weekday } from '../../shared/opening-hours.ts';

const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

export const OpeningHours: z.ZodType<SharedOpeningHours> = z
  .partialRecord(z.enum(WEEKDAYS), z.array(z.tuple([Time, Time])).max(6))
  .refine((h) => Object.values(h).every((spans) => spans.every(([a, b]) => a < b)), 'each span must open before it closes');
export type OpeningHours = SharedOpeningHours;
