import { Button, DatePicker, Form, Input, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { OfficerSelect } from '../officers/officer-select.tsx';
import { OfficePicker } from '../offices/office-picker.tsx';

export type AuditFilter = {
  action?: string;
  entityType?: string;
  entityId?: string;
  actorId?: string;
  officeId?: string;
  from?: string;
  to?: string;
};

type Values = Omit<AuditFilter, 'from' | 'to'> & { range?: [Dayjs | null, Dayjs | null] | null };

const clean = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);

/** The audit filters; dates become ISO instants covering whole days. */
export const AuditFilters = ({ onChange }: { onChange: (filter: AuditFilter) => void }) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const apply = (v: Values) =>
    onChange({
      action: clean(v.action),
      entityType: clean(v.entityType),
      entityId: clean(v.entityId),
      actorId: v.actorId,
      officeId: v.officeId,
      from: v.range?.[0]?.startOf('day').toISOString(),
      to: v.range?.[1]?.endOf('day').toISOString(),
    });
  return (
    <Form form={form} layout="vertical" onFinish={apply} name="audit-filters">
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', columnGap: 12 }}>
        <Form.Item name="action" label={t('audit.action')}>
          <Input placeholder="auth.login" />
        </Form.Item>
        <Form.Item name="entityType" label={t('audit.entityType')}>
          <Input placeholder="officer" />
        </Form.Item>
        <Form.Item name="entityId" label={t('audit.entityId')}>
          <Input />
        </Form.Item>
        <Form.Item name="actorId" label={t('audit.actor')}>
          <OfficerSelect />
        </Form.Item>
        <Form.Item name="officeId" label={t('audit.office')}>
          <OfficePicker allowClear />
        </Form.Item>
        <Form.Item name="range" label={t('audit.range')}>
          <DatePicker.RangePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
      </div>
      <Space>
        <Button type="primary" htmlType="submit">
          {t('common.search')}
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            onChange({});
          }}
        >
          {t('common.reset')}
        </Button>
      </Space>
    </Form>
  );
};
