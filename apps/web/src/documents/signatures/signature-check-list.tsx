import { CheckCircleFilled, CloseCircleFilled, QuestionCircleFilled } from '@ant-design/icons';
import type { SignatureCheck, SignatureCheckStatus, SignatureVerification } from '@eprocuracy/domain';
import { Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang.ts';

type CheckName = keyof SignatureVerification['checks'];

/** What issue 5 asks to see for every signature, in the order a reader follows. */
export const MAIN_CHECKS: CheckName[] = ['integrity', 'signature', 'chain', 'validity', 'revocation', 'modification'];
export const OTHER_CHECKS: CheckName[] = ['keyUsage', 'timestamp', 'profile'];

const STATUS_LOOK: Record<SignatureCheckStatus, { color: string; icon: React.ReactNode }> = {
  passed: { color: 'success', icon: <CheckCircleFilled /> },
  failed: { color: 'error', icon: <CloseCircleFilled /> },
  unknown: { color: 'default', icon: <QuestionCircleFilled /> },
};

export const StatusTag = ({ status }: { status: SignatureCheckStatus }) => {
  const { t } = useTranslation();
  const look = STATUS_LOOK[status];
  return (
    <Tag color={look.color} icon={look.icon} data-status={status}>
      {t(`signatures.status.${status}`)}
    </Tag>
  );
};

/** Checks of one signature: a coloured status and the server's plain-language explanation. */
export const SignatureCheckList = ({
  checks,
  names,
}: {
  checks: Record<CheckName, SignatureCheck>;
  names: CheckName[];
}) => {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <List
      size="small"
      dataSource={names}
      renderItem={(name) => (
        <List.Item data-testid={`check-${name}`}>
          <Flex gap={12} align="baseline" style={{ width: '100%' }}>
            <div style={{ minWidth: 130 }}>
              <StatusTag status={checks[name].status} />
            </div>
            <div>
              <Typography.Text strong>{t(`signatures.check.${name}`)}</Typography.Text>
              <br />
              <Typography.Text type="secondary">{checks[name][lang]}</Typography.Text>
            </div>
          </Flex>
        </List.Item>
      )}
    />
  );
};
