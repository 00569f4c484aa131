import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { isAdmin, useCurrentMe } from '../auth/me.ts';

/** Administration pages: other officers get a plain refusal (the server refuses them too). */
export const AdminOnly = () => {
  const { t } = useTranslation();
  const me = useCurrentMe();
  if (!isAdmin(me)) return <Result status="403" title="403" subTitle={t('common.forbidden')} />;
  return <Outlet />;
};
