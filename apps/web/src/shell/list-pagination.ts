import type { TablePaginationConfig } from 'antd';
import type { TFunction } from 'i18next';

/** The page of a server-paged list: which page, how many rows. */
export type ListPage = { current: number; pageSize: number };

/** A server-paged table's pagination: the page asked for, the total the server counted, a size changer. */
export const listPagination = (
  t: TFunction,
  { page, total, onPage }: { page: ListPage; total: number; onPage: (page: ListPage) => void },
): TablePaginationConfig => ({
  current: page.current,
  pageSize: page.pageSize,
  total,
  showSizeChanger: true,
  showTotal: (count) => t('common.total', { count }),
  onChange: (current, pageSize) => onPage({ current, pageSize }),
});
