import type { SignatureVerification } from '@eprocuracy/domain';
import { Card, Collapse, Descriptions, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { MAIN_CHECKS, OTHER_CHECKS, SignatureCheckList } from './signature-check-list.tsx';

const when = (iso: string) => dayjs(iso).format('DD/MM/YYYY HH:mm:ss');

/** One signature of the report: who signed and when, then each check with its status and explanation. */
export const SignatureCard = ({ signature }: { signature: SignatureVerification }) => {
  const { t } = useTranslation();
  const { signer, timestamp } = signature;
  const who = signer
    ? [
        { key: 'signer', label: t('signatures.signer'), children: <strong>{signer.commonName}</strong> },
        ...(signer.title ? [{ key: 'title', label: t('signatures.position'), children: signer.title }] : []),
        ...(signer.organisation
          ? [{ key: 'org', label: t('signatures.organisation'), children: signer.organisation }]
          : []),
        {
          key: 'serial',
          label: t('signatures.serial'),
          children: <Typography.Text code>{signer.serialNumber}</Typography.Text>,
        },
        { key: 'issuer', label: t('signatures.issuer'), children: signer.issuer },
      ]
    : [{ key: 'signer', label: t('signatures.signer'), children: t('signatures.unknownSigner') }];
  const items = [
    ...who,
    {
      key: 'time',
      label: t('signatures.signingTime'),
      children: signature.claimedSigningTime ? when(signature.claimedSigningTime) : t('signatures.noSigningTime'),
    },
    {
      key: 'timestamp',
      label: t('signatures.timestamp'),
      children: timestamp
        ? t('signatures.timestampBy', { time: when(timestamp.time), authority: timestamp.authority })
        : t('signatures.noTimestamp'),
    },
    ...(signature.reason ? [{ key: 'reason', label: t('signatures.reason'), children: signature.reason }] : []),
    ...(signature.location ? [{ key: 'loc', label: t('signatures.location'), children: signature.location }] : []),
    { key: 'field', label: t('signatures.field'), children: signature.fieldName },
  ];
  return (
    <Card
      data-testid={`signature-${signature.index}`}
      title={t('signatures.signatureTitle', { n: signature.index + 1 })}
      extra={
        <Tag color={signature.isValid ? 'success' : 'error'}>
          {signature.isValid ? t('signatures.signatureValid') : t('signatures.signatureInvalid')}
        </Tag>
      }
    >
      <Descriptions size="small" column={1} bordered items={items} />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('signatures.checks')}
      </Typography.Title>
      <SignatureCheckList checks={signature.checks} names={MAIN_CHECKS} />
      <Collapse
        ghost
        items={[
          {
            key: 'more',
            label: t('signatures.otherChecks'),
            children: (
              <>
                <SignatureCheckList checks={signature.checks} names={OTHER_CHECKS} />
                <Typography.Title level={5}>{t('signatures.chain')}</Typography.Title>
                <ol>
                  {signature.chain.map((certificate) => (
                    <li key={`${certificate.issuer}/${certificate.serialNumber}`}>
                      {certificate.subject}
                      {certificate.isTrustedRoot && <Tag style={{ marginLeft: 8 }}>{t('signatures.trustedRoot')}</Tag>}
                    </li>
                  ))}
                </ol>
              </>
            ),
          },
        ]}
      />
    </Card>
  );
};
