import { type CaseDetail, STAGE_LABELS } from '@eprocuracy/domain';
import { Card, Col, List, Progress, Result, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocalized } from './case-format.ts';
import { completenessColour } from './cases-table.tsx';
import { DuplicatesCard } from './duplicates-card.tsx';

/**
 * "Đúng, đủ, sạch": how complete the case's data is for its stage, what is missing, what is inconsistent,
 * and what may have been entered twice.
 */
export const QualityTab = ({ detail, canWrite }: { detail: CaseDetail; canWrite: boolean }) => (
  <Row gutter={[16, 16]} data-testid="quality-tab">
    <Correctness detail={detail} />
    <Col span={24}>
      <DuplicatesCard detail={detail} canWrite={canWrite} />
    </Col>
  </Row>
);

const Correctness = ({ detail }: { detail: CaseDetail }) => {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { completeness, errors } = detail.quality;
  if (completeness.missing.length === 0 && errors.length === 0) {
    return (
      <Col span={24}>
        <Result status="success" title={t('cases.quality.allGood')} data-testid="quality-ok" />
      </Col>
    );
  }
  return (
    <>
      <Col xs={24} lg={12}>
        <Card title={t('cases.quality.completeness')}>
          <Progress
            percent={completeness.score}
            strokeColor={completenessColour(completeness.score)}
            aria-label={t('cases.completeness')}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {t('cases.quality.completenessHint')}
          </Typography.Paragraph>
          <List
            size="small"
            dataSource={completeness.missing}
            locale={{ emptyText: t('cases.quality.nothingMissing') }}
            renderItem={(m) => (
              <List.Item>
                <span>
                  {localized(m)}{' '}
                  <Tag bordered={false}>
                    {t('cases.quality.requiredFrom', { stage: localized(STAGE_LABELS[m.requiredFrom]) })}
                  </Tag>
                </span>
              </List.Item>
            )}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={t('cases.quality.errors')}>
          <List
            size="small"
            dataSource={errors}
            locale={{ emptyText: t('cases.quality.noErrors') }}
            renderItem={(e) => (
              <List.Item>
                <Typography.Text type="danger">{localized(e)}</Typography.Text>
              </List.Item>
            )}
          />
        </Card>
      </Col>
    </>
  );
};
