import { compareDates, type Secrecy, secrecyRank } from '@eprocuracy/domain';
import type { SignedInActor } from './context.ts';
import { invalid } from './errors.ts';
import { todayInVietnam } from './time.ts';

/** Refuses a date before `from` or after `to` (usually today), naming the field. */
export const assertDateWithin = (field: string, date: string, from: string, to: string) => {
  if (compareDates(date, from) < 0) {
    throw invalid([{ field, vi: `Ngày không được trước ${from}`, en: `The date may not be before ${from}` }]);
  }
  if (compareDates(date, to) > 0) {
    throw invalid(
      to === todayInVietnam()
        ? [{ field, vi: 'Ngày không được ở tương lai', en: 'The date may not be in the future' }]
        : [{ field, vi: `Ngày không được sau ${to}`, en: `The date may not be after ${to}` }],
    );
  }
};

/** An officer may not classify a record above their own clearance. */
export const assertClearance = (actor: SignedInActor, secrecy: Secrecy) => {
  if (secrecyRank(secrecy) > secrecyRank(actor.clearance)) {
    throw invalid([
      {
        field: 'secrecy',
        vi: 'Không thể ghi độ mật cao hơn độ mật được tiếp cận của mình',
        en: 'Cannot classify above your own clearance',
      },
    ]);
  }
};
