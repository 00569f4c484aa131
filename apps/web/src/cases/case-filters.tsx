import type { CaseStage, CrimeCategory } from '@eprocuracy/domain';
import { Button, Checkbox, Flex, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { OfficePicker } from '../offices/office-picker.tsx';
import { ArticlePicker } from './article-picker.tsx';
import { type CaseFilter, hasFilter } from './case-filter.ts';
import { useLocalized } from './case-format.ts';
import { caseOptions } from './case-options.ts';

type Props = { value: CaseFilter; onChange: (next: CaseFilter) => void; showOffice: boolean };

/** The list's filters; every change goes to the address bar, so a copied link reproduces the view. */
export const CaseFilters = ({ value, onChange, showOffice }: Props) => {
  const { t } = useTranslation();
  const localized = useLocalized();
  const options = caseOptions(t, localized);
  const set = (patch: Partial<CaseFilter>) => onChange({ ...value, ...patch });
  return (
    <Flex vertical gap={12} style={{ marginBottom: 16 }} data-testid="case-filters">
      <Flex wrap gap={12} align="center">
        <Input.Search
          key={value.q ?? ''}
          aria-label={t('cases.filter.search')}
          placeholder={t('cases.filter.searchPlaceholder')}
          defaultValue={value.q}
          allowClear
          onSearch={(q) => set({ q: q.trim() || undefined })}
          style={{ width: 320, maxWidth: '100%' }}
        />
        <Radio.Group
          aria-label={t('cases.filter.deadline')}
          optionType="button"
          buttonStyle="solid"
          value={value.deadline ?? ''}
          options={options.deadlines}
          onChange={(e) => set({ deadline: e.target.value || undefined })}
        />
        <Checkbox
          checked={value.mine === 'true'}
          onChange={(e) => set({ mine: e.target.checked ? 'true' : undefined })}
        >
          {t('cases.filter.mine')}
        </Checkbox>
      </Flex>
      <Flex wrap gap={12} align="center">
        <Select<CaseStage>
          aria-label={t('cases.stage')}
          allowClear
          placeholder={t('cases.filter.anyStage')}
          value={value.stage}
          onChange={(stage) => set({ stage })}
          options={options.stages}
          style={{ width: 190 }}
        />
        <Select<CrimeCategory>
          aria-label={t('cases.category')}
          allowClear
          placeholder={t('cases.filter.anyCategory')}
          value={value.category}
          onChange={(category) => set({ category })}
          options={options.categories}
          style={{ width: 200 }}
        />
        <div style={{ width: 280, maxWidth: '100%' }}>
          <ArticlePicker
            id="case-filter-article"
            ariaLabel={t('cases.filter.article')}
            placeholder={t('cases.filter.article')}
            value={value.article}
            onChange={(article) => set({ article })}
          />
        </div>
        {showOffice && (
          <>
            <div style={{ width: 300, maxWidth: '100%' }}>
              <OfficePicker
                id="case-filter-office"
                allowClear
                placeholder={t('cases.office')}
                value={value.officeId}
                onChange={(v) => set({ officeId: typeof v === 'string' ? v : undefined })}
              />
            </div>
            <Checkbox
              checked={value.subtree === 'true'}
              disabled={!value.officeId}
              onChange={(e) => set({ subtree: e.target.checked ? 'true' : undefined })}
            >
              {t('cases.filter.subtree')}
            </Checkbox>
          </>
        )}
        {hasFilter(value) && (
          <Button type="link" onClick={() => onChange(value.sort ? { sort: value.sort } : {})}>
            {t('common.reset')}
          </Button>
        )}
      </Flex>
    </Flex>
  );
};
