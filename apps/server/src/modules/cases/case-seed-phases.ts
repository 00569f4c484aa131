import { addDays, compareDates, custodyDaysServed, datePart, type LegalDate } from '@eprocuracy/domain';
import { measureOf } from './case-derived.ts';
import { between, measureStage, type Story } from './case-seed-story.ts';
import type * as repo from './cases.repo.ts';

/** A defendant as the story needs them; `plan` is the preventive measure the investigating body will seek. */
export type StoryDefendant = {
  id: string;
  isCorporate: boolean;
  plan: 'detain' | 'bail' | 'ban' | 'none';
  chargedOn?: LegalDate;
};

const INVESTIGATION_RULES = [
  'art172_investigation',
  'art174_resumed_investigation',
  'art174_supplementary_by_procuracy',
  'art174_supplementary_by_court',
];

const latest = (a: LegalDate, b: LegalDate) => (compareDates(a, b) < 0 ? b : a);
const hour = (story: Story) => String(story.random.int(7, 21)).padStart(2, '0');

/** Charges the defendants (Art. 179) and applies the measures the investigating body seeks (Art. 117–123). */
export const chargeDefendants = (story: Story, defendants: StoryDefendant[], from: LegalDate) => {
  const { random, today } = story;
  const investigationDue = story.periodDue('art172_investigation') ?? addDays(from, 60);
  defendants.forEach((d, i) => {
    const chargedOn = addDays(from, i === 0 ? random.int(0, 4) : random.int(0, 12));
    if (!story.isPast(chargedOn)) return;
    d.chargedOn = chargedOn;
    // Approval of a charge is due within 3 days (Art. 179(3)): recent ones may still be waiting.
    const isPending = compareDates(chargedOn, addDays(today, -3)) > 0 && random.chance(0.5);
    story.decide('charge_suspect', chargedOn, {
      subjectId: d.id,
      ...(isPending ? { state: 'recorded', receivedAt: `${chargedOn}T${hour(story)}:00` } : {}),
    });
    if (d.isCorporate || isPending) return;
    if (d.plan === 'detain') detain(story, d, chargedOn);
    if (d.plan === 'bail' || d.plan === 'ban') {
      const on = addDays(chargedOn, random.int(0, 2));
      const kind = d.plan === 'bail' ? 'bail' : 'residence_ban';
      const decisionId = story.decide(kind, on, { subjectId: d.id });
      // Bail and residence bans last at most the stage's period (Art. 121(5), 123(4)).
      if (decisionId && compareDates(on, investigationDue) <= 0) {
        story.addMeasure({
          personId: d.id,
          kind,
          stage: measureStage(story),
          start: on,
          orderedEnd: investigationDue,
          decisionId,
        });
      }
    }
  });
};

/** Custody from the hour of arrest, then detention with the custody days deducted (Art. 117, 118(4), 119). */
const detain = (story: Story, d: StoryDefendant, chargedOn: LegalDate) => {
  const at = `${chargedOn}T${hour(story)}:00`;
  const custodyId = story.decide('custody', at, { subjectId: d.id });
  if (!custodyId) return;
  const custody = story.addMeasure({
    personId: d.id,
    kind: 'custody',
    stage: measureStage(story),
    start: at,
    decisionId: custodyId,
  });
  const detainedOn = addDays(chargedOn, story.random.int(1, 3));
  if (!story.isPast(detainedOn)) return;
  custody.endedAt = `${detainedOn}${at.slice(10)}`;
  const served = custodyDaysServed(measureOf(custody as repo.MeasureRow), story.category);
  const decisionId = story.decide('detention', detainedOn, {
    subjectId: d.id,
    receivedAt: `${detainedOn}T${hour(story)}:00`,
  });
  story.addMeasure({
    personId: d.id,
    kind: 'detention',
    stage: measureStage(story),
    start: detainedOn,
    custodyDaysDeducted: served > 0 ? served : null,
    decisionId,
  });
};

/**
 * Keeps each live detention running until `until`: one extension when the law allows it (Art. 173(2),
 * 241), else release on the last day (Art. 125), with a residence ban during the investigation.
 */
export const coverDetention = (story: Story, until: LegalDate, investigationDue: LegalDate) => {
  const stage = measureStage(story);
  const extendType = stage === 'investigation' ? 'extend_detention_investigation' : 'extend_detention_prosecution';
  const ruleId = stage === 'investigation' ? 'art173_detention_investigation' : 'art241_detention_prosecution';
  for (const m of story.measures.filter((x) => x.kind === 'detention' && !x.endedAt && x.stage === stage)) {
    let due = datePart(story.endOf(m));
    if (compareDates(due, until) >= 0) continue;
    const grantedOn = latest(addDays(due, -story.random.int(3, 9)), addDays(m.start, 1));
    const period = story.nextExtension(ruleId, m.start, m.extensions);
    if (period && story.isPast(grantedOn)) {
      m.extensions = [...m.extensions, { ...period, grantedOn }];
      if (story.isLawful(m.personId)) {
        story.decide(extendType, grantedOn, { subjectId: m.personId, period });
        due = datePart(story.endOf(m));
      } else m.extensions = m.extensions.slice(0, -1);
    }
    if (compareDates(due, until) >= 0 || !story.isPast(due)) continue;
    const release = stage === 'investigation' ? 'change_preventive_measure' : 'procuracy_change_preventive_measure';
    story.decide(release, due, { subjectId: m.personId });
    story.endMeasures(due, (x) => x.personId === m.personId);
    // A residence ban for the rest of the investigation, when some of its period is left (Art. 123(4)).
    if (stage !== 'investigation' || compareDates(due, investigationDue) >= 0) continue;
    const decisionId = story.decide('residence_ban', due, { subjectId: m.personId });
    if (decisionId) {
      story.addMeasure({
        personId: m.personId,
        kind: 'residence_ban',
        stage,
        start: due,
        orderedEnd: investigationDue,
        decisionId,
      });
    }
  }
};

/** The running investigation period (first, resumed or supplementary) and its due day. */
export const runningInvestigation = (story: Story) => {
  const ruleId = INVESTIGATION_RULES.find((id) => story.ledger.periods.some((p) => p.ruleId === id));
  return ruleId ? { ruleId, due: story.periodDue(ruleId) as LegalDate } : undefined;
};

/** The day the next act is done: within the period, or (stalled) some days after it ran out. */
export const actDay = (story: Story, since: LegalDate, due: LegalDate, from = 0.35, to = 0.95) =>
  story.random.chance(story.stall)
    ? addDays(due, story.random.int(1, 60))
    : latest(between(story.random, since, due, from, to), addDays(since, 1));
