import { invalid } from '../../platform/errors.ts';

/** A refusal of the domain (stage machine, deadline engine) as a field error, with its legal basis. */
export const ledgerRefusal = (result: { field: string; reason: { vi: string; en: string }; basis?: string }) =>
  invalid([
    {
      field: result.field,
      vi: result.basis ? `${result.reason.vi} (${result.basis})` : result.reason.vi,
      en: result.basis ? `${result.reason.en} (${result.basis})` : result.reason.en,
    },
  ]);
