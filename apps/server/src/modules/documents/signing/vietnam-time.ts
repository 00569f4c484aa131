/** ISO 8601 in Vietnam's time (UTC+7 all year, no daylight saving): 2026-11-22T18:30:00+07:00. */
export const vietnamIsoTime = (time: Date) =>
  `${new Date(time.getTime() + 7 * 3600_000).toISOString().slice(0, 19)}+07:00`;
