import { addDays, compareDates, type LegalDate } from '@eprocuracy/domain';
import {
  actDay,
  chargeDefendants,
  coverDetention,
  runningInvestigation,
  type StoryDefendant,
} from './case-seed-phases.ts';
import type { Story } from './case-seed-story.ts';
import { afterJudgment, type Phase, tryCase } from './case-seed-trial.ts';

const latestOf = (dates: readonly (LegalDate | undefined)[]) =>
  dates.filter((d): d is LegalDate => d !== undefined).reduce((a, b) => (compareDates(a, b) < 0 ? b : a));

/**
 * Investigation (Art. 172–174, 229–235 CPC): an extension when the period is short, a conclusion
 * recommending prosecution most often, otherwise suspension (no suspect identified, Art. 229(1)(a)) or
 * termination (Art. 230). Detention is kept lawful up to the conclusion.
 */
const investigate = (story: Story, defendants: StoryDefendant[], since: LegalDate): Phase => {
  const { random } = story;
  const running = runningInvestigation(story);
  if (!running) throw new Error('seed: no investigation period');
  let due = running.due;
  const identified = defendants.some((d) => d.chargedOn);
  if (!identified && defendants.length > 0) chargeDefendants(story, defendants, addDays(since, random.int(10, 40)));
  if (defendants.length === 0 || !defendants.some((d) => d.chargedOn)) {
    // Art. 229(1)(a): the period ran out and no one has been charged.
    story.step('suspend_investigation', addDays(due, -random.int(0, 4)));
    return { name: 'end', since };
  }
  const firstDue = due;
  if (running.ruleId === 'art172_investigation' && random.chance(0.3)) {
    const period = story.nextExtension(running.ruleId, since, []);
    const on = addDays(due, -random.int(10, 18));
    if (period && compareDates(on, since) > 0 && story.step('extend_investigation', on, { period })) {
      due = story.periodDue(running.ruleId) ?? due;
    }
  }
  const charged = latestOf(defendants.map((d) => d.chargedOn));
  const concluded = latestOf([actDay(story, due === firstDue ? since : firstDue, due), addDays(charged, 3)]);
  coverDetention(story, concluded, due);
  const outcome = random.weighted([
    ['prosecute', 90],
    ['terminate', 5],
    ['suspend', 3],
  ] as const);
  if (outcome !== 'prosecute') {
    const review = compareDates(concluded, addDays(story.today, -15)) > 0 ? { state: 'recorded' } : {};
    const code = outcome === 'terminate' ? 'conclude_investigation_terminate' : 'suspend_investigation';
    if (story.step(code, concluded, outcome === 'terminate' ? review : {})) story.endMeasures(concluded);
    return { name: 'end', since: concluded };
  }
  if (!story.step('conclude_investigation_prosecute', concluded)) return { name: 'end', since };
  // The procuracy orders detention for prosecution from the day the file arrives (Art. 241); other measures end.
  const detained = story.measures.filter((m) => m.kind === 'detention' && !m.endedAt).map((m) => m.personId);
  story.endMeasures(concluded);
  for (const personId of detained) {
    const decisionId = story.decide('detention_for_prosecution', concluded, { subjectId: personId });
    if (decisionId)
      story.addMeasure({ personId, kind: 'detention', stage: 'prosecution', start: concluded, decisionId });
  }
  return { name: 'prosecution', since: concluded };
};

/** Prosecution (Art. 240–248): indictment within 20 or 30 days, sometimes a return, suspension or termination. */
const prosecute = (story: Story, since: LegalDate): Phase => {
  const { random } = story;
  let due = story.periodDue('art240_prosecution_decision') as LegalDate;
  let from = since;
  if (random.chance(0.08)) {
    const period = story.nextExtension('art240_prosecution_decision', since, []);
    const on = addDays(due, -random.int(1, 5));
    if (period && compareDates(on, since) > 0 && story.step('extend_prosecution_decision', on, { period })) {
      due = story.periodDue('art240_prosecution_decision') ?? due;
      from = on;
    }
  }
  const decided = actDay(story, from, due, 0.3, 0.95);
  coverDetention(story, decided, due);
  const outcome = random.weighted([
    ['indict', 90],
    ['return', story.ledger.state.returnsByProcuracy < 2 ? 5 : 0],
    ['suspend', 3],
    ['terminate', 2],
  ] as const);
  if (outcome === 'return') {
    if (!story.step('return_for_supplementary_investigation', decided)) return { name: 'end', since };
    story.endMeasures(decided);
    return { name: 'investigation', since: decided };
  }
  if (!story.isPast(decided) && compareDates(addDays(story.today, -3), since) > 0 && random.chance(0.5)) {
    // The prosecutor's draft indictment waits for the leader's signature.
    story.decide('indictment', addDays(story.today, -random.int(0, 3)), { state: 'draft' });
  }
  const code = outcome === 'indict' ? 'indictment' : outcome === 'suspend' ? 'suspend_case' : 'terminate_case';
  if (!story.step(code, decided)) return { name: 'end', since };
  // An indicted defendant stays detained until the court, once it has the case, orders its own detention (Art. 278).
  story.endMeasures(decided, (m) => outcome !== 'indict' || m.kind !== 'detention');
  // The decision is delivered to the defendant within 3 days (Art. 240(2)).
  const delivered = addDays(decided, random.int(0, 2));
  if (!story.step('deliver_decision', delivered)) return { name: 'end', since };
  return { name: outcome === 'indict' ? 'trial' : 'end', since: delivered };
};

/** Plays a case from its opening to where it stands today. */
export const playCase = (
  story: Story,
  options: { openedOn: LegalDate; openingNumber: string; defendants: StoryDefendant[]; isOffenderKnown: boolean },
) => {
  const { openedOn, defendants } = options;
  if (!story.step('open_case', openedOn, { number: options.openingNumber }))
    throw new Error('seed: opened after today');
  story.decide('assign_prosecutor', addDays(openedOn, story.random.int(0, 2)));
  if (options.isOffenderKnown) chargeDefendants(story, defendants, openedOn);
  let phase: Phase = { name: 'investigation', since: openedOn };
  while (!story.stopped && phase.name !== 'end') {
    if (phase.name === 'investigation') phase = investigate(story, defendants, phase.since);
    else if (phase.name === 'prosecution') phase = prosecute(story, phase.since);
    else if (phase.name === 'trial') phase = tryCase(story, phase.since);
    else phase = afterJudgment(story, defendants, phase.since);
  }
  settleLapsedMeasures(story);
};

/** A measure whose term has passed ends on its last day: the seed never leaves a person held past the law. */
const settleLapsedMeasures = (story: Story) => {
  for (const m of story.measures) {
    if (m.endedAt) continue;
    const due = story.endOf(m);
    if (compareDates(due.slice(0, 10), story.today) < 0) m.endedAt = due;
  }
};
