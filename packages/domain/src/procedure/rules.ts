import type { RuleSet } from './rule-types.ts';
import { PRETRIAL_RULES } from './rules-pretrial.ts';
import { TRIAL_RULES } from './rules-trial.ts';

/*
 * The statutory periods of the Criminal Procedure Code 2015 (Law 101/2015/QH13, in force
 * 01/01/2018) as versioned data. None of these articles was changed by Law 02/2021/QH15, so every
 * shipped version starts on 2018-01-01; an administrator adds later versions with `addRuleVersion`.
 */

/** The shipped rule set: every period of PROCEDURE.md with its legal basis. */
export const PROCEDURE_RULES: RuleSet = [...PRETRIAL_RULES, ...TRIAL_RULES];
