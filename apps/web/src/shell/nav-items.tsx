import {
  ApartmentOutlined,
  AuditOutlined,
  BookOutlined,
  ClockCircleOutlined,
  CloudUploadOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FileZipOutlined,
  FolderOpenOutlined,
  HomeOutlined,
  ImportOutlined,
  KeyOutlined,
  SafetyCertificateOutlined,
  SafetyOutlined,
  SearchOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { Me } from '@eprocuracy/domain';
import type { MenuProps } from 'antd';
import type { TFunction } from 'i18next';
import { isAdmin } from '../auth/me.ts';
import { mayImportCases } from '../case-import/case-import-api.ts';
import { worksOnCases } from '../crime-reports/crime-reports-api.ts';
import { hasDeadlines } from '../deadlines/deadlines-api.ts';
import { readsRegistry } from '../documents/registry/registry-api.ts';

type Item = Required<MenuProps>['items'][number];

/** The side menu for an officer: everyone's pages, then administration for admins. */
export const navItems = (me: Me, t: TFunction, { collapsed = false, rootAdmin = false } = {}): Item[] => {
  const items: Item[] = [
    { key: '/', icon: <HomeOutlined />, label: t('menu.home') },
    ...(worksOnCases(me)
      ? [{ key: '/crime-reports', icon: <FileSearchOutlined />, label: t('crimeReports.menu') }]
      : []),
    ...(worksOnCases(me) ? [{ key: '/cases', icon: <FolderOpenOutlined />, label: t('cases.menu') }] : []),
    ...(worksOnCases(me)
      ? [{ key: '/case-file-search', icon: <SearchOutlined />, label: t('caseFileSearch.menu') }]
      : []),
    ...(mayImportCases(me) ? [{ key: '/case-import', icon: <ImportOutlined />, label: t('caseImport.menu') }] : []),
    ...(mayImportCases(me)
      ? [{ key: '/case-file-archive', icon: <FileZipOutlined />, label: t('caseFileArchive.menu') }]
      : []),
    ...(readsRegistry(me)
      ? [{ key: '/document-registry', icon: <FileTextOutlined />, label: t('documentRegistry.menu') }]
      : []),
    { key: '/signatures', icon: <SafetyCertificateOutlined />, label: t('signatures.menu') },
    ...(hasDeadlines(me) ? [{ key: '/deadlines', icon: <ClockCircleOutlined />, label: t('deadlines.menu') }] : []),
    { key: '/penal-code', icon: <BookOutlined />, label: t('cases.penalCodeMenu') },
    { key: '/offices', icon: <ApartmentOutlined />, label: t('menu.offices') },
    { key: '/officers', icon: <TeamOutlined />, label: t('menu.officers') },
    { key: '/profile', icon: <UserOutlined />, label: t('menu.profile') },
  ];
  if (!isAdmin(me)) return items;
  const admin: Item[] = [
    { key: '/admin/import', icon: <CloudUploadOutlined />, label: t('menu.import') },
    { key: '/admin/audit', icon: <AuditOutlined />, label: t('menu.audit') },
    { key: '/admin/clients', icon: <KeyOutlined />, label: t('menu.clients') },
    ...(rootAdmin ? [{ key: '/admin/security', icon: <SafetyOutlined />, label: t('menu.security') }] : []),
  ];
  // A collapsed menu has no room for the group title, so a divider separates the admin items.
  if (collapsed) return [...items, { type: 'divider' }, ...admin];
  return [...items, { key: 'admin', type: 'group', label: t('menu.admin'), children: admin }];
};

/** The menu key of a location: the longest nav path that prefixes it. */
export const selectedKey = (pathname: string): string => {
  const keys = [
    '/admin/import',
    '/admin/audit',
    '/admin/clients',
    '/admin/security',
    '/crime-reports',
    '/case-import',
    '/case-file-archive',
    '/case-file-search',
    '/cases',
    '/deadlines',
    '/document-registry',
    '/penal-code',
    '/signatures',
    '/offices',
    '/officers',
    '/profile',
  ];
  return keys.find((k) => pathname.startsWith(k)) ?? '/';
};
