import { CASE_DOCUMENT_TYPES, type CaseDocumentTypeCode } from '@eprocuracy/domain';
import { Button, Checkbox, DatePicker, Flex, Input, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../cases/case-format.ts';
import { OfficePicker } from '../offices/office-picker.tsx';
import type { SearchFilter } from './search-view.ts';

type Props = { value: SearchFilter; onChange: (next: SearchFilter) => void };

const DATE_FORMAT = 'DD/MM/YYYY';
const toDay = (iso: string | undefined) => (iso ? dayjs(iso) : null);
const toIso = (day: Dayjs | null) => (day ? day.format('YYYY-MM-DD') : undefined);

/** The query box and filters; every change goes to the address bar, so a copied link repeats the search. */
export const SearchFilters = ({ value, onChange }: Props) => {
  const { t } = useTranslation();
  const localized = useLocalized();
  const set = (patch: Partial<SearchFilter>) => onChange({ ...value, ...patch });
  const types = CASE_DOCUMENT_TYPES.map((type) => ({ value: type.code, label: localized(type.label) }));
  return (
    <Flex vertical gap={12} style={{ marginBottom: 16 }} data-testid="case-file-search-filters">
      <Input.Search
        key={value.q ?? ''}
        aria-label={t('caseFileSearch.query')}
        placeholder={t('caseFileSearch.placeholder')}
        defaultValue={value.q}
        enterButton={t('common.search')}
        allowClear
        onSearch={(q) => set({ q: q.trim() || undefined })}
        style={{ maxWidth: 720 }}
      />
      <Typography.Text type="secondary">{t('caseFileSearch.help')}</Typography.Text>
      <Flex wrap gap={12} align="center">
        <Select<CaseDocumentTypeCode>
          aria-label={t('caseFileSearch.documentType')}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('caseFileSearch.anyType')}
          value={value.documentType}
          onChange={(documentType) => set({ documentType })}
          options={types}
          style={{ width: 260 }}
        />
        <div style={{ width: 300, maxWidth: '100%' }}>
          <OfficePicker
            id="case-file-search-office"
            allowClear
            placeholder={t('caseFileSearch.office')}
            value={value.officeId}
            onChange={(v) => set({ officeId: typeof v === 'string' ? v : undefined, subtree: undefined })}
          />
        </div>
        <Checkbox
          checked={value.subtree === 'true'}
          disabled={!value.officeId}
          onChange={(e) => set({ subtree: e.target.checked ? 'true' : undefined })}
        >
          {t('caseFileSearch.subtree')}
        </Checkbox>
        <DatePicker
          aria-label={t('caseFileSearch.from')}
          placeholder={t('caseFileSearch.from')}
          format={DATE_FORMAT}
          value={toDay(value.from)}
          onChange={(day) => set({ from: toIso(day) })}
        />
        <DatePicker
          aria-label={t('caseFileSearch.to')}
          placeholder={t('caseFileSearch.to')}
          format={DATE_FORMAT}
          value={toDay(value.to)}
          onChange={(day) => set({ to: toIso(day) })}
        />
        <Checkbox
          checked={value.versions === 'all'}
          onChange={(e) => set({ versions: e.target.checked ? 'all' : undefined })}
        >
          {t('caseFileSearch.olderVersions')}
        </Checkbox>
        {Object.keys(value).some((key) => key !== 'q') && (
          <Button type="link" onClick={() => onChange({ q: value.q })}>
            {t('common.reset')}
          </Button>
        )}
      </Flex>
    </Flex>
  );
};
