import type { DocumentPage } from '@eprocuracy/domain';
import { Alert, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { highlightWords } from './highlight-words.ts';

type Props = { page: DocumentPage; words: ReadonlySet<string> };

/** Where the page's text came from, and how sure the OCR was of it. */
const TextSource = ({ page }: { page: DocumentPage }) => {
  const { t } = useTranslation();
  if (page.status === 'pending')
    return <Tag data-testid="viewer-text-status">{t('caseFiles.viewer.notDigitised')}</Tag>;
  if (page.status === 'failed') {
    return (
      <Tag color="error" data-testid="viewer-text-status">
        {t('caseFiles.viewer.failed')}
      </Tag>
    );
  }
  if (page.meanConfidence === null)
    return <Tag data-testid="viewer-text-status">{t('caseFiles.viewer.carriedText')}</Tag>;
  return (
    <Tag color="blue" data-testid="viewer-text-status">
      {t('caseFiles.viewer.confidence', { value: Math.round(page.meanConfidence) })}
    </Tag>
  );
};

/** The page's text beside its image, the searched words marked (text only, never HTML). */
export const PageTextPane = ({ page, words }: Props) => {
  const { t } = useTranslation();
  const parts = highlightWords(page.text ?? '', words);
  const hitCount = parts.filter((part) => part.hit).length;
  return (
    <Flex vertical gap={8} style={{ height: '100%', minWidth: 0 }}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong>{t('caseFiles.viewer.text')}</Typography.Text>
        <TextSource page={page} />
        {words.size > 0 && page.status === 'done' && (
          <Typography.Text type="secondary" data-testid="viewer-hit-count">
            {t('caseFiles.viewer.hits', { count: hitCount })}
          </Typography.Text>
        )}
      </Flex>
      <div
        data-testid="viewer-page-text"
        lang="vi"
        style={{
          flex: 1,
          overflow: 'auto',
          minHeight: 0,
          padding: 12,
          border: '1px solid #f0f0f0',
          borderRadius: 4,
          whiteSpace: 'pre-wrap',
          lineHeight: 1.6,
        }}
      >
        {page.status === 'pending' && <Alert type="info" showIcon title={t('caseFiles.viewer.notDigitised')} />}
        {page.status !== 'pending' && !page.text?.trim() && (
          <Typography.Text type="secondary">{t('caseFiles.viewer.noText')}</Typography.Text>
        )}
        {parts.map((part, i) =>
          part.hit ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one page's text never move
            <mark key={i}>{part.text}</mark>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one page's text never move
            <span key={i}>{part.text}</span>
          ),
        )}
      </div>
    </Flex>
  );
};
