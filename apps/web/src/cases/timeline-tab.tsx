import type { CaseDecision, CaseEvent, LocalizedText } from '@eprocuracy/domain';
import { Card, Empty, Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { chargeRef, formatDate, formatDateTime, useLocalized } from './case-format.ts';
import { actionLabelKey } from './decision-action-modal.tsx';

const isLocalized = (value: unknown): value is LocalizedText =>
  typeof value === 'object' && value !== null && typeof (value as LocalizedText).vi === 'string';
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The one line that says what an event was about: the decision, the person, the charge… */
const eventDetail = (
  event: CaseEvent,
  t: TFunction,
  localized: (value: LocalizedText) => string,
  decisions: readonly CaseDecision[],
): string => {
  const { data } = event;
  const label = isLocalized(data.label) ? localized(data.label) : '';
  switch (event.kind) {
    case 'opened':
      return [text(data.openingNumber), data.openedOn ? formatDate(text(data.openedOn)) : '']
        .filter(Boolean)
        .join(' · ');
    case 'decision_action': {
      const issuer = decisions.find((d) => d.id === data.decisionId)?.issuer ?? 'procuracy';
      return `${t(actionLabelKey(issuer, text(data.action)), { defaultValue: text(data.action) })} — ${label}`;
    }
    case 'charge_added':
    case 'charge_withdrawn':
      return data.article ? chargeRef(t, { article: text(data.article), clause: data.clause as number | null }) : '';
    case 'person_added':
      return [text(data.fullName), data.role ? t(`cases.person.roles.${text(data.role)}`) : '']
        .filter(Boolean)
        .join(' — ');
    case 'assigned':
    case 'unassigned':
      return text(data.fullName);
    case 'evidence_added':
      return text(data.description);
    default:
      return label;
  }
};

/** Everything done on the case, newest first, with who did it and when. */
export const TimelineTab = ({ events, decisions }: { events: CaseEvent[]; decisions: CaseDecision[] }) => {
  const { t } = useTranslation();
  const localized = useLocalized();
  const sorted = [...events].sort((a, b) => b.at.localeCompare(a.at));
  if (sorted.length === 0) return <Empty />;
  return (
    <Card data-testid="case-timeline">
      <Timeline
        items={sorted.map((event) => {
          const detail = eventDetail(event, t, localized, decisions);
          return {
            key: event.id,
            children: (
              <>
                <Typography.Text strong>{t(`cases.event.${event.kind}`, { defaultValue: event.kind })}</Typography.Text>
                {detail && <Typography.Text>: {detail}</Typography.Text>}
                <br />
                <Typography.Text type="secondary">
                  {formatDateTime(event.at)}
                  {event.actorName ? ` · ${event.actorName}` : ''}
                </Typography.Text>
              </>
            ),
          };
        })}
      />
    </Card>
  );
};
