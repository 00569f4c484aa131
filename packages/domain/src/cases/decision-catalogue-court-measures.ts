import { art, t } from '../procedure/rule-builders.ts';
import { decision, extendsRule, starts } from './decision-builders.ts';
import type { DecisionType } from './decision-types.ts';

const DETENTION = 'art278_detention_trial';

/**
 * The court's detention once it has accepted the case (Art. 278 CPC): ordered by the President or a
 * Vice-President of the court, with no procuracy approval, for no longer than the trial preparation
 * period (Art. 278(2), 277(1)); extended within it when the President extends the preparation.
 */
export const COURT_MEASURE_DECISION_TYPES: readonly DecisionType[] = [
  decision({
    code: 'detention_for_trial',
    label: t('Quyết định tạm giam của Tòa án (chuẩn bị xét xử sơ thẩm)', 'Detention ordered by the court for trial'),
    issuer: 'court',
    appliesTo: 'defendant',
    basis: art(278, 1),
    stages: ['first_instance_trial'],
    deadlineEffects: [starts(DETENTION)],
    measure: { kind: 'detention', effect: 'apply' },
  }),
  decision({
    code: 'extend_detention_for_trial',
    label: t('Gia hạn tạm giam để chuẩn bị xét xử sơ thẩm', 'Extend detention for trial'),
    issuer: 'court',
    appliesTo: 'defendant',
    basis: art(278, 2),
    stages: ['first_instance_trial'],
    deadlineEffects: [extendsRule(DETENTION)],
    measure: { kind: 'detention', effect: 'extend' },
  }),
];
