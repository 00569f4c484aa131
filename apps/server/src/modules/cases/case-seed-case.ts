import {
  addDays,
  caseCategory,
  catalogueFor,
  compareDates,
  findDecisionType,
  type LegalDate,
  MEASURE_RULE_IDS,
} from '@eprocuracy/domain';
import { newId } from '../../platform/ids.ts';
import type { CaseAggregate } from './case-bulk.ts';
import { playCase } from './case-seed-flow.ts';
import { caseTitle, OFFENCES, type OffenceProfile } from './case-seed-offences.ts';
import {
  addressIn,
  corporatePerson,
  defendantPerson,
  type SeedPerson,
  type SeedProvince,
  victimPerson,
} from './case-seed-people.ts';
import type { StoryDefendant } from './case-seed-phases.ts';
import type { Random } from './case-seed-random.ts';
import { createStory } from './case-seed-story.ts';

type Officer = { id: string; fullName: string };

/** A decision that changed the stage or a period of the case (not a defendant's measure). */
const movesTheCase = (d: { typeCode: string }) => {
  const type = findDecisionType(d.typeCode);
  return !!type && (!!type.stageAct || type.deadlineEffects.some((e) => !MEASURE_RULE_IDS.includes(e.ruleId)));
};

/** An office that handles first-instance cases, with the officers who work them. */
export type SeedOffice = {
  id: string;
  province: SeedProvince;
  prosecutors: readonly Officer[];
  leaders: readonly Officer[];
  /** A demo sign-in who should find plenty of work (ksv.quangninh). */
  featured?: Officer;
};

/** How long ago a case was opened: up to ~2.5 years, most of them recent, so every stage is populated. */
const openingDay = (random: Random, today: LegalDate) => addDays(today, -Math.floor(900 * random.next() ** 1.8));

/** A moment of a legal day in Vietnam (UTC+7), for timestamps of events. */
const momentOf = (day: string, random: Random) =>
  new Date(
    `${day.slice(0, 10)}T${day.length > 10 ? day.slice(11, 16) : `${String(random.int(8, 16)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}`}:00+07:00`,
  );

const personRow = (
  caseId: string,
  role: string,
  p: SeedPerson,
  extra: { chargedOn?: LegalDate; offenceDate?: LegalDate } = {},
) => ({
  id: newId(),
  caseId,
  role,
  kind: p.kind,
  fullName: p.fullName,
  birthDate: p.birthDate,
  sex: p.sex,
  idNumber: p.idNumber,
  nationality: p.nationality,
  address: p.address,
  province: p.province,
  occupation: p.occupation,
  offenceDate: extra.offenceDate ?? null,
  chargedOn: extra.chargedOn ?? null,
});

const plansFor = (random: Random, offence: OffenceProfile, category: string): StoryDefendant['plan'] => {
  // Detention for a minor crime only in the cases of Art. 119(3) CPC (fled, re-offended…): rarely.
  const detention = category === 'minor' ? offence.detention * 0.25 : offence.detention;
  if (random.chance(detention)) return 'detain';
  return random.weighted([
    ['ban', 60],
    ['bail', 12],
    ['none', 28],
  ] as const);
};

/** Extra defendants for bench data: the whole part, and one more with the chance of the fraction. */
const extraDefendants = (random: Random, extra: number) =>
  Math.floor(extra) + (extra % 1 > 0 && random.chance(extra % 1) ? 1 : 0);

/**
 * One demo case at `office`, from the offence to where it stands today: people, charges, evidence,
 * officers, and a procedural history played through the domain (`playCase`). The number is set later,
 * when the office's register for the year is allocated.
 */
export const buildSeedCase = (
  random: Random,
  office: SeedOffice,
  today: LegalDate,
  options: { extraDefendants?: number } = {},
): CaseAggregate => {
  const caseId = newId();
  const offence = random.weighted(OFFENCES.map((o) => [o, o.weight] as const));
  const { point, ...charge } = random.weighted(offence.clauses);
  const openedOn = openingDay(random, today);
  const reportReceivedOn = addDays(openedOn, -random.int(1, 18));
  const offenceDate = addDays(reportReceivedOn, -random.int(0, 4));
  const category = caseCategory([{ article: offence.article, clause: charge.clause }], openedOn) ?? 'minor';
  const place = addressIn(random, office.province);
  const featured = office.featured && random.chance(0.4) ? office.featured : undefined;
  const prosecutor = featured ?? random.pick(office.prosecutors);
  const leader = random.pick(office.leaders);

  const isOffenderKnown = !random.chance(offence.unknownOffender);
  const identifiedLater = !isOffenderKnown && random.chance(0.3);
  const count =
    isOffenderKnown || identifiedLater
      ? random.int(offence.defendants[0], offence.defendants[1]) + extraDefendants(random, options.extraDefendants ?? 0)
      : 0;
  const people: { person: SeedPerson; defendant: StoryDefendant }[] = Array.from({ length: count }, (_, i) => {
    const person =
      i === 0 && offence.corporate && random.chance(0.35)
        ? corporatePerson(random, office.province)
        : defendantPerson(random, office.province, offenceDate, { isOfficial: offence.official ?? false });
    const defendant: StoryDefendant = {
      id: newId(),
      isCorporate: person.kind === 'corporate',
      plan: person.kind === 'corporate' ? 'none' : plansFor(random, offence, category),
    };
    return { person, defendant };
  });

  const story = createStory({
    caseId,
    today,
    category,
    random,
    officers: { prosecutorId: prosecutor.id, prosecutorName: prosecutor.fullName, leaderId: leader.id },
    // The featured demo prosecutor is behind on more of their cases, so the overdue alerts have something to show.
    stall: featured ? 0.2 : 0.09,
  });
  const openingNumber = `${random.int(1, 420)}/QĐ-CSĐT`;
  playCase(story, { openedOn, openingNumber, defendants: people.map((p) => p.defendant), isOffenderKnown });

  const catalogue = catalogueFor(openedOn);
  if (!catalogue) throw new Error(`seed: no Penal Code in force on ${openedOn}`);
  // Only people actually charged are defendants (bị can, Art. 60 CPC); a suspect not yet charged is not recorded.
  const charged = people.filter((p) => p.defendant.chargedOn);
  const defendants = charged.map(({ person, defendant }) => ({
    ...personRow(caseId, 'defendant', person, { offenceDate, chargedOn: defendant.chargedOn }),
    id: defendant.id,
  }));
  const victims = Array.from({ length: random.int(offence.victims[0], offence.victims[1]) }, () =>
    personRow(caseId, 'victim', victimPerson(random, office.province, offenceDate)),
  );
  const witnesses = random.chance(0.4)
    ? [personRow(caseId, 'witness', victimPerson(random, office.province, offenceDate))]
    : [];
  const chargeOf = (personId: string | null, chargedOn: LegalDate | null) => ({
    id: newId(),
    caseId,
    personId,
    article: offence.article,
    clause: charge.clause,
    point: point ?? null,
    catalogueVersion: catalogue.version,
    chargedOn,
  });
  const decisions = [...story.decisions].sort((a, b) => compareDates(a.decisionDate, b.decisionDate));
  const assignedOn = [addDays(openedOn, random.int(0, 2)), today].sort(compareDates)[0] as LegalDate;
  const assignments = [
    { caseId, officerId: prosecutor.id, role: 'prosecutor', fromDate: assignedOn, assignedBy: leader.id },
    { caseId, officerId: leader.id, role: 'leader', fromDate: assignedOn, assignedBy: leader.id },
  ];
  const second = random.pick(office.prosecutors);
  if (random.chance(0.12) && second.id !== prosecutor.id) {
    assignments.push({ caseId, officerId: second.id, role: 'prosecutor', fromDate: assignedOn, assignedBy: leader.id });
  }
  const events: CaseAggregate['events'] = [
    {
      caseId,
      kind: 'opened',
      data: { openingNumber, openedOn },
      actorId: prosecutor.id,
      actorName: prosecutor.fullName,
      at: momentOf(openedOn, random),
    },
    ...assignments.map((a) => ({
      caseId,
      kind: 'assigned',
      data: { officerId: a.officerId, role: a.role, fromDate: a.fromDate },
      actorId: leader.id,
      actorName: leader.fullName,
      at: momentOf(a.fromDate, random),
    })),
    // The timeline keeps the acts that moved the case; every decision is on the case page anyway.
    ...decisions.filter(movesTheCase).map((d) => ({
      caseId,
      kind: 'decision_recorded',
      data: {
        decisionId: d.id,
        typeCode: d.typeCode,
        label: findDecisionType(d.typeCode)?.label,
        state: d.state,
        date: d.decisionDate,
      },
      actorId: prosecutor.id,
      actorName: prosecutor.fullName,
      at: momentOf(d.decisionDate, random),
    })),
  ];
  const lastAt = events.reduce((a, e) => ((e.at as Date) > a ? (e.at as Date) : a), new Date(0));
  const evidence = Array.from({ length: random.int(0, Math.min(3, offence.evidence.length)) }, (_, i) => {
    const [description, unit, max] = offence.evidence[i] as OffenceProfile['evidence'][number];
    const quantity = max > 1000 ? Math.round(random.int(1, max) / 1000) * 1000 : random.int(1, max);
    return { id: newId(), caseId, description, quantity, unit, seizedOn: addDays(openedOn, -random.int(0, 3)) };
  });
  const names = charged.map((p) => p.person.fullName);
  return {
    case: {
      id: caseId,
      officeId: office.id,
      year: Number(openedOn.slice(0, 4)),
      number: 0,
      title: caseTitle(offence, names, place.split(', ').slice(1).join(', ')),
      summary: `${offence.name} (Điều ${offence.article} khoản ${charge.clause} BLHS) ngày ${offenceDate.split('-').reverse().join('/')} tại ${place}.`,
      stage: story.ledger.state.stage,
      stageState: story.ledger.state,
      reachedStage: story.reachedStage,
      periods: story.ledger.periods,
      secrecy: random.chance(offence.official || offence.article === '251' ? 0.15 : 0.02) ? 'secret' : 'normal',
      reportReceivedOn,
      openingNumber,
      openedOn,
      investigatingBodyName: `Cơ quan Cảnh sát điều tra Công an ${office.province.name.startsWith('TP') || office.province.name === 'Hà Nội' ? 'thành phố' : 'tỉnh'} ${office.province.name.replace(/^TP /, '')}`,
      offenceDate,
      offencePlace: place,
      createdBy: prosecutor.id,
      createdAt: momentOf(openedOn, random),
      updatedAt: lastAt,
    },
    persons: [...defendants, ...victims, ...witnesses],
    charges: [chargeOf(null, null), ...charged.map((p) => chargeOf(p.defendant.id, p.defendant.chargedOn ?? null))],
    decisions,
    measures: story.measures,
    evidence: evidence.filter((e) => compareDates(e.seizedOn, offenceDate) >= 0),
    assignments,
    events,
  };
};
