import type { Officer, ZPosting } from '@eprocuracy/domain';
import { useQuery } from '@tanstack/react-query';
import { Drawer, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { apiGet } from '../api/client.ts';

type Posting = z.infer<typeof ZPosting>;

/** An officer's postings: which office, which position, from when to when, and why. */
export const PostingsDrawer = ({ officer, onClose }: { officer: Officer; onClose: () => void }) => {
  const { t } = useTranslation();
  const postings = useQuery({
    queryKey: ['officer', officer.id, 'postings'],
    queryFn: () => apiGet<Posting[]>(`/api/officers/${officer.id}/postings`),
  });
  const date = (d: string | null) => (d ? dayjs(d).format('DD/MM/YYYY') : t('officers.present'));
  return (
    <Drawer
      open
      onClose={onClose}
      title={`${t('officers.postings')}: ${officer.fullName}`}
      loading={postings.isPending}
    >
      <Timeline
        items={(postings.data ?? []).map((p) => ({
          key: `${p.officeId}-${p.fromDate}`,
          content: (
            <>
              <Typography.Text strong>{p.officeName}</Typography.Text> — {t(`vocab.position.${p.position}`)}
              <div>
                {date(p.fromDate)} → {date(p.toDate)}
              </div>
              {p.reason && <Typography.Text type="secondary">{p.reason}</Typography.Text>}
            </>
          ),
        }))}
      />
    </Drawer>
  );
};
