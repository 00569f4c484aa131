import { addDays, compareDates, type LegalDate } from '@eprocuracy/domain';
import { actDay, type StoryDefendant } from './case-seed-phases.ts';
import { between, measureStage, type Story } from './case-seed-story.ts';

export type Phase = { name: 'investigation' | 'prosecution' | 'trial' | 'judged' | 'end'; since: LegalDate };

/** The appeal and protest windows the first-instance judgment opens (Art. 333(1), 337(1)). */
const JUDGMENT_WINDOWS = [
  'art333_appeal_judgment',
  'art337_protest_judgment_same_level',
  'art337_protest_judgment_superior',
];

/** Chance that the presiding judge sends the file back for supplementary investigation (Art. 280). */
const COURT_RETURN = 0.08;

/**
 * Once it has accepted the case, the court orders its own detention of those the procuracy holds (Art. 278(1)),
 * for the law's length for the crime, which never outlasts the trial preparation (Art. 278(2)); the
 * procuracy's detention ends that day.
 */
const detainForTrial = (story: Story, accepted: LegalDate) => {
  const held = story.measures.filter((m) => m.kind === 'detention' && !m.endedAt).map((m) => m.personId);
  for (const personId of new Set(held)) {
    story.endMeasures(accepted, (m) => m.personId === personId);
    const decisionId = story.decide('detention_for_trial', accepted, { subjectId: personId });
    if (decisionId) {
      story.addMeasure({ personId, kind: 'detention', stage: measureStage(story), start: accepted, decisionId });
    }
  }
};

/**
 * First-instance trial (Art. 277, 280, 327): the court accepts the case (or, after its own return, gets the file
 * back and has 15 days, Art. 277(2)), sometimes returns it for supplementary investigation, else brings it to
 * trial and pronounces the judgment. The court's detention ends with the hearing.
 */
export const tryCase = (story: Story, since: LegalDate): Phase => {
  const { random } = story;
  const isBack = story.ledger.state.returnsByCourt.presidingJudge > 0;
  const accepted = addDays(since, random.int(1, 7));
  if (!story.step(isBack ? 'accept_case_after_supplementary' : 'accept_case_for_trial', accepted)) {
    return { name: 'end', since };
  }
  detainForTrial(story, accepted);
  const preparationDue = story.periodDue(isBack ? 'art277_after_supplementary' : 'art277_trial_preparation');
  if (!preparationDue) throw new Error('seed: no trial preparation period');
  if (!isBack && random.chance(COURT_RETURN)) {
    const returned = between(random, accepted, preparationDue, 0.2, 0.9);
    if (!story.step('court_return_for_supplementary_investigation', returned)) return { name: 'end', since };
    story.endMeasures(returned);
    return { name: 'investigation', since: returned };
  }
  const brought = actDay(story, accepted, preparationDue, 0.3, 0.95);
  if (!story.step('bring_case_to_trial', brought)) return { name: 'end', since };
  const hearingDue = story.periodDue('art277_open_hearing') as LegalDate;
  const judged = actDay(story, brought, hearingDue, 0.3, 1);
  if (!story.step('first_instance_judgment', judged)) return { name: 'end', since };
  story.endMeasures(judged);
  return { name: 'judged', since: judged };
};

/** The first day on which no window of the judgment runs any more. */
const windowsEnd = (story: Story, judged: LegalDate): LegalDate => {
  const last = JUDGMENT_WINDOWS.map((ruleId) => story.periodDue(ruleId) ?? judged).reduce((a, b) =>
    compareDates(a, b) < 0 ? b : a,
  );
  return addDays(last, 1);
};

/**
 * After the judgment: an appeal (Art. 331–333) or the procuracy's protest (Art. 336–337), then the appeal
 * judgment; or neither, and the judgment becomes final once the windows have run out (Art. 343).
 */
export const afterJudgment = (story: Story, defendants: StoryDefendant[], since: LegalDate): Phase => {
  const { random } = story;
  const route = random.weighted([
    ['none', 66],
    ['appeal', 30],
    ['protest', 4],
  ] as const);
  if (route === 'none') {
    story.step('first_instance_judgment_final', windowsEnd(story, since));
    return { name: 'end', since };
  }
  const lodged = addDays(since, random.int(3, 14));
  const subjectId = defendants.find((d) => d.chargedOn)?.id;
  const lodgedId =
    route === 'appeal' && subjectId
      ? story.step('appeal_by_party', lodged, { subjectId })
      : story.step('protest_by_procuracy', lodged);
  if (lodgedId) story.step('appeal_judgment', addDays(lodged, random.int(40, 110)));
  return { name: 'end', since };
};
