import type { DocumentPage } from '@eprocuracy/domain';
import { Flex, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { pages: DocumentPage[]; current: number; onPick: (pageNo: number) => void };

const PAGE_TINT = { pending: '#fafafa', done: '#ffffff', failed: '#fff1f0' } as const;

/**
 * The version's pages down the side; each thumbnail loads only when scrolled near (a file may have hundreds of
 * pages, and each view of a classified document's page is audited). The current page is kept in sight.
 */
export const ThumbnailStrip = ({ pages, current, onPick }: Props) => {
  const { t } = useTranslation();
  const stripRef = useRef<HTMLElement>(null);
  useEffect(() => {
    stripRef.current?.querySelector(`[data-page="${current}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [current]);
  return (
    <nav
      ref={stripRef}
      aria-label={t('caseFiles.viewer.pages')}
      style={{ overflowY: 'auto', height: '100%', paddingRight: 4 }}
    >
      <Flex vertical gap={8} data-testid="viewer-thumbnails">
        {pages.map((page) => {
          const isCurrent = page.pageNo === current;
          return (
            <button
              key={page.pageNo}
              data-page={page.pageNo}
              type="button"
              aria-current={isCurrent ? 'page' : undefined}
              aria-label={t('caseFiles.detail.page', { page: page.pageNo })}
              onClick={() => onPick(page.pageNo)}
              style={{
                cursor: 'pointer',
                padding: 4,
                background: PAGE_TINT[page.status],
                border: isCurrent ? '2px solid #1677ff' : '1px solid #d9d9d9',
                borderRadius: 4,
              }}
            >
              {page.thumbnailUrl ? (
                <img
                  src={page.thumbnailUrl}
                  alt=""
                  loading="lazy"
                  width={96}
                  style={{ display: 'block', width: 96, minHeight: 60, background: '#f5f5f5' }}
                />
              ) : (
                <div style={{ width: 96, height: 120, display: 'grid', placeItems: 'center', color: '#8c8c8c' }}>
                  {page.status === 'pending' ? t('caseFiles.detail.pageStatus.pending') : '—'}
                </div>
              )}
              <Typography.Text style={{ fontSize: 12 }}>{page.pageNo}</Typography.Text>
            </button>
          );
        })}
      </Flex>
    </nav>
  );
};
