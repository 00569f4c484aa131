import { addDays } from '@eprocuracy/domain';
import { todayInVietnam } from '../../platform/time.ts';

const today = todayInVietnam();
const opened = addDays(today, -20);

/** A valid case opening, 20 days ago, for a theft (Art. 173(1) PC); fields can be overridden. */
export const caseInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'Vụ trộm cắp tài sản tại chợ Hạ Long',
  openingNumber: '15/QĐ-CSĐT',
  openedOn: opened,
  investigatingBodyName: 'Cơ quan CSĐT Công an tỉnh Quảng Ninh',
  offenceDate: addDays(opened, -3),
  offencePlace: 'Chợ Hạ Long, phường Hồng Gai',
  reportReceivedOn: addDays(opened, -2),
  charges: [{ article: '173', clause: 1 }],
  ...overrides,
});
