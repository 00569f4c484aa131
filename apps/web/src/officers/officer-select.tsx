import { Select } from 'antd';
import { useState } from 'react';
import { useOfficers } from './officers-api.ts';

/** Picks an officer by typing part of the name or username. */
export const OfficerSelect = (props: {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
}) => {
  const [q, setQ] = useState('');
  const list = useOfficers({ q: q || undefined, limit: 20, offset: 0 });
  return (
    <Select
      {...props}
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={list.isFetching}
      options={(list.data?.items ?? []).map((o) => ({ value: o.id, label: `${o.fullName} (${o.username})` }))}
      style={{ width: '100%' }}
    />
  );
};
