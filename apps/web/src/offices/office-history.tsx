import type { ZOfficeEvent } from '@eprocuracy/domain';
import { useQuery } from '@tanstack/react-query';
import { Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { apiGet } from '../api/client.ts';
import { useLang } from '../i18n/use-lang.ts';
import { officeName, useOffices } from './offices-api.ts';

type OfficeEvent = z.infer<typeof ZOfficeEvent>;

/** The events of an office (created, merged, split, updated) with the offices they involved. */
export const OfficeHistory = ({ officeId }: { officeId: string }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const all = useOffices(true);
  const history = useQuery({
    queryKey: ['office', officeId, 'history'],
    queryFn: () => apiGet<OfficeEvent[]>(`/api/offices/${officeId}/history`),
  });
  const nameOf = (id: string) => {
    const office = all.data?.find((o) => o.id === id);
    return office ? officeName(office, lang) : id;
  };
  return (
    <Timeline
      items={(history.data ?? []).map((e) => ({
        key: e.id,
        content: (
          <>
            <Typography.Text strong>{t(`offices.events.${e.kind}`)}</Typography.Text>{' '}
            <Typography.Text type="secondary">{dayjs(e.effectiveDate).format('DD/MM/YYYY')}</Typography.Text>
            {e.fromOfficeIds.length > 0 && (
              <div>
                {t('offices.from')}: {e.fromOfficeIds.map(nameOf).join(', ')}
              </div>
            )}
            {e.toOfficeIds.length > 0 && (
              <div>
                {t('offices.to')}: {e.toOfficeIds.map(nameOf).join(', ')}
              </div>
            )}
            {e.reason && <Typography.Paragraph type="secondary">{e.reason}</Typography.Paragraph>}
          </>
        ),
      }))}
    />
  );
};
