import type { CrimeReportStatus } from '@eprocuracy/domain';
import { Checkbox, Flex, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { OfficePicker } from '../offices/office-picker.tsx';
import type { CrimeReportFilter } from './crime-reports-api.ts';
import { reportOptions } from './report-options.ts';

type Filter = Omit<CrimeReportFilter, 'limit' | 'offset'>;

type Props = { value: Filter; onChange: (next: Filter) => void; showOffice: boolean };

/** Filters of the crime-report list; each change starts again from the first page. */
export const CrimeReportFilters = ({ value, onChange, showOffice }: Props) => {
  const { t } = useTranslation();
  const set = (patch: Partial<Filter>) => onChange({ ...value, ...patch });
  return (
    <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
      <Input.Search
        aria-label={t('crimeReports.searchPlaceholder')}
        placeholder={t('crimeReports.searchPlaceholder')}
        allowClear
        onSearch={(v) => set({ q: v.trim() || undefined })}
        style={{ width: 280, maxWidth: '100%' }}
      />
      <Select<CrimeReportStatus>
        aria-label={t('common.status')}
        allowClear
        placeholder={t('crimeReports.allStatuses')}
        value={value.status}
        onChange={(status) => set({ status })}
        options={reportOptions(t).statuses}
        style={{ width: 200 }}
      />
      <Checkbox checked={value.mine ?? false} onChange={(e) => set({ mine: e.target.checked || undefined })}>
        {t('crimeReports.mine')}
      </Checkbox>
      <Checkbox
        checked={value.overdue ?? false}
        onChange={(e) => set({ overdue: e.target.checked || undefined, dueSoon: undefined })}
      >
        {t('crimeReports.overdueOnly')}
      </Checkbox>
      <Space size={4}>
        <span>{t('crimeReports.dueWithin')}</span>
        <InputNumber
          aria-label={t('crimeReports.dueWithinLabel')}
          min={0}
          max={365}
          value={value.dueSoon ?? null}
          onChange={(v) => set({ dueSoon: typeof v === 'number' ? v : undefined, overdue: undefined })}
          style={{ width: 72 }}
        />
        <span>{t('crimeReports.days')}</span>
      </Space>
      {showOffice && (
        <>
          <div style={{ width: 300, maxWidth: '100%' }}>
            <OfficePicker
              id="crime-report-filter-office"
              allowClear
              placeholder={t('officers.office')}
              value={value.officeId}
              onChange={(v) => set({ officeId: typeof v === 'string' ? v : undefined })}
            />
          </div>
          <Checkbox
            checked={value.subtree ?? false}
            onChange={(e) => set({ subtree: e.target.checked })}
            disabled={!value.officeId}
          >
            {t('officers.subtree')}
          </Checkbox>
        </>
      )}
    </Flex>
  );
};
