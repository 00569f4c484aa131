import { ColumnWidthOutlined, ZoomInOutlined, ZoomOutOutlined } from '@ant-design/icons';
import type { DocumentPage } from '@eprocuracy/domain';
import { Alert, Button, Flex, Spin, Tooltip, Typography } from 'antd';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isTyping } from './use-page-keys.ts';
import { usePaneWidth } from './use-pane-width.ts';
import { scaleOf, type Zoom, zoomIn, zoomOut, zoomPercent } from './zoom.ts';

const ZoomButton = ({ label, icon, onClick }: { label: string; icon: ReactNode; onClick: () => void }) => (
  <Tooltip title={label}>
    <Button size="small" aria-label={label} icon={icon} onClick={onClick} />
  </Tooltip>
);

/**
 * The page rendered by the server (PNG, 150 dpi) with its zoom: fitted to the pane's width, actual size, or
 * stepped with + and −. The zoom stays as the officer moves from page to page.
 */
export const PageImagePane = ({ page }: { page: DocumentPage }) => {
  const { t } = useTranslation();
  const paneRef = useRef<HTMLDivElement>(null);
  const paneWidth = usePaneWidth(paneRef);
  const [zoom, setZoom] = useState<Zoom>('fit');
  const [natural, setNatural] = useState<{ src: string; width: number } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const src = page.imageUrl;
  // Until the new page loads, the last page's width stands in for its own: pages of a file are mostly one size.
  const naturalWidth = natural?.width ?? null;
  const isLoading = natural?.src !== src;
  const fitScale = naturalWidth ? Math.max(0.05, paneWidth / naturalWidth) : 1;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === '+' || event.key === '=') setZoom((z) => zoomIn(z, fitScale));
      else if (event.key === '-') setZoom((z) => zoomOut(z, fitScale));
      else if (event.key === '0') setZoom('fit');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [fitScale]);

  return (
    <Flex vertical gap={8} style={{ height: '100%', minWidth: 0 }}>
      <Flex gap={4} align="center" wrap>
        <ZoomButton
          label={t('caseFiles.viewer.zoomOut')}
          icon={<ZoomOutOutlined />}
          onClick={() => setZoom(zoomOut(zoom, fitScale))}
        />
        <ZoomButton
          label={t('caseFiles.viewer.zoomIn')}
          icon={<ZoomInOutlined />}
          onClick={() => setZoom(zoomIn(zoom, fitScale))}
        />
        <Button
          size="small"
          icon={<ColumnWidthOutlined />}
          type={zoom === 'fit' ? 'primary' : 'default'}
          onClick={() => setZoom('fit')}
        >
          {t('caseFiles.viewer.fitWidth')}
        </Button>
        <Button size="small" type={zoom === 1 ? 'primary' : 'default'} onClick={() => setZoom(1)}>
          {t('caseFiles.viewer.actualSize')}
        </Button>
        <Typography.Text type="secondary" data-testid="viewer-zoom" style={{ marginLeft: 8 }}>
          {t('caseFiles.viewer.zoom', { percent: zoomPercent(zoom, fitScale) })}
        </Typography.Text>
      </Flex>
      <div
        ref={paneRef}
        data-testid="viewer-image-pane"
        style={{ flex: 1, overflow: 'auto', background: '#e8e8e8', borderRadius: 4, minHeight: 0 }}
      >
        {!src && <Alert type="info" showIcon title={t('caseFiles.viewer.noImage')} style={{ margin: 16 }} />}
        {src && failed === src && (
          <Alert type="error" showIcon title={t('caseFiles.viewer.imageFailed')} style={{ margin: 16 }} />
        )}
        {src && failed !== src && (
          <Spin spinning={isLoading}>
            <img
              key={src}
              src={src}
              alt={t('caseFiles.viewer.image', { page: page.pageNo })}
              data-testid="viewer-page-image"
              onLoad={(event) => setNatural({ src, width: event.currentTarget.naturalWidth })}
              onError={() => setFailed(src)}
              style={{
                display: 'block',
                margin: '0 auto',
                background: '#fff',
                minHeight: naturalWidth === null ? 400 : undefined,
                width: naturalWidth ? Math.round(naturalWidth * scaleOf(zoom, fitScale)) : '100%',
                maxWidth: 'none',
              }}
            />
          </Spin>
        )}
      </div>
    </Flex>
  );
};
