import type { CaseDetail } from '@eprocuracy/domain';
import { Card, Col, Descriptions, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseTabProps } from './case-dialogs.tsx';
import { formatDate, formatDateTime } from './case-format.ts';
import { OfficersCard } from './officers-card.tsx';

const orNone = (value: string | null | undefined, none: string) => (value ? value : none);

/** The opening decision, the investigating body, the offence; and the officers working on the case. */
export const GeneralTab = ({
  detail,
  canAssign,
  onAssign,
}: CaseTabProps & { canAssign: boolean; onAssign: () => void }) => {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <CaseFacts detail={detail} />
      </Col>
      <Col xs={24} lg={10}>
        <OfficersCard detail={detail} canAssign={canAssign} onAssign={onAssign} />
        <Card size="small" style={{ marginTop: 16 }}>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('cases.updatedAt')}>{formatDateTime(detail.updatedAt)}</Descriptions.Item>
            {detail.externalRef && (
              <Descriptions.Item label={t('cases.externalRef')}>{detail.externalRef}</Descriptions.Item>
            )}
          </Descriptions>
        </Card>
      </Col>
    </Row>
  );
};

const CaseFacts = ({ detail }: { detail: CaseDetail }) => {
  const { t } = useTranslation();
  const none = t('common.none');
  const body = [detail.investigatingBodyName, detail.investigatingBodyCode].filter(Boolean).join(' — ');
  return (
    <Card title={t('cases.general.opening')} data-testid="case-facts">
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('cases.code')}>{detail.code}</Descriptions.Item>
        <Descriptions.Item label={t('cases.office')}>{detail.officeName}</Descriptions.Item>
        <Descriptions.Item label={t('cases.openingNumber')}>{orNone(detail.openingNumber, none)}</Descriptions.Item>
        <Descriptions.Item label={t('cases.openedOn')}>
          {detail.openedOn ? formatDate(detail.openedOn) : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.investigatingBody')}>{body || none}</Descriptions.Item>
        <Descriptions.Item label={t('cases.offenceDate')}>
          {detail.offenceDate ? formatDate(detail.offenceDate) : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.offencePlace')}>{orNone(detail.offencePlace, none)}</Descriptions.Item>
        <Descriptions.Item label={t('cases.secrecy')}>{t(`vocab.secrecy.${detail.secrecy}`)}</Descriptions.Item>
        {detail.crimeReportId && (
          <Descriptions.Item label={t('cases.crimeReport')}>
            <Link to={`/crime-reports/${detail.crimeReportId}`}>{t('cases.openCrimeReport')}</Link>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('cases.summary')}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{orNone(detail.summary, none)}</span>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
};
