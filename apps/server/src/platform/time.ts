/** Today's calendar date in Vietnam (YYYY-MM-DD); dates of legal effect are Asia/Ho_Chi_Minh dates. */
export const todayInVietnam = (now: Date = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
