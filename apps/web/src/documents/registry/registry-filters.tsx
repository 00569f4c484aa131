import type { HandlingStatus, RegistryBook } from '@eprocuracy/domain';
import { HANDLING_STATUSES } from '@eprocuracy/domain';
import { Checkbox, Flex, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';

export type RegistryFilter = {
  year: number;
  book: RegistryBook;
  status?: HandlingStatus;
  overdue?: boolean;
  mine?: boolean;
  q?: string;
};

type Props = {
  value: RegistryFilter;
  onChange: (next: RegistryFilter) => void;
  /** Handling filters apply to the incoming registry only. */
  incoming: boolean;
  showSecret: boolean;
};

/** Year, book, handling status, overdue, mine and words. */
export const RegistryFilters = ({ value, onChange, incoming, showSecret }: Props) => {
  const { t } = useTranslation();
  const set = (patch: Partial<RegistryFilter>) => onChange({ ...value, ...patch });
  return (
    <Flex wrap gap={8} style={{ marginBottom: 12 }} align="center">
      <InputNumber
        aria-label={t('documentRegistry.year')}
        prefix={`${t('documentRegistry.year')}:`}
        min={1900}
        max={2200}
        value={value.year}
        onChange={(year) => year && set({ year })}
        style={{ width: 150 }}
      />
      {showSecret && (
        <Select
          aria-label={t('documentRegistry.book')}
          value={value.book}
          onChange={(book) => set({ book })}
          options={(['regular', 'secret'] as const).map((b) => ({
            value: b,
            label: t(`documentRegistry.bookName.${b}`),
          }))}
          style={{ width: 150 }}
        />
      )}
      {incoming && (
        <Select
          aria-label={t('documentRegistry.status')}
          allowClear
          placeholder={t('documentRegistry.allStatuses')}
          value={value.status}
          onChange={(status) => set({ status })}
          options={HANDLING_STATUSES.map((s) => ({ value: s, label: t(`documentRegistry.statusName.${s}`) }))}
          style={{ width: 180 }}
        />
      )}
      {incoming && (
        <Checkbox checked={value.overdue ?? false} onChange={(e) => set({ overdue: e.target.checked })}>
          {t('documentRegistry.overdueOnly')}
        </Checkbox>
      )}
      {incoming && (
        <Checkbox checked={value.mine ?? false} onChange={(e) => set({ mine: e.target.checked })}>
          {t('documentRegistry.mineOnly')}
        </Checkbox>
      )}
      <Input.Search
        allowClear
        placeholder={t('documentRegistry.search')}
        defaultValue={value.q}
        onSearch={(q) => set({ q: q.trim() || undefined })}
        style={{ width: 280 }}
      />
    </Flex>
  );
};
