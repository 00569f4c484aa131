import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Shown for an unknown path inside the app. */
export const NotFoundPage = () => {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title="404"
      extra={
        <Link to="/">
          <Button type="primary">{t('menu.home')}</Button>
        </Link>
      }
    />
  );
};
