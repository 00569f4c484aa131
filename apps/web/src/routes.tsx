import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { AuthGate } from './auth/auth-gate.tsx';
import { LoginPage } from './auth/login-page.tsx';
import { HomePage } from './home/home-page.tsx';
import { AdminOnly } from './shell/admin-only.tsx';
import { AppShell } from './shell/app-shell.tsx';
import { NotFoundPage } from './shell/not-found-page.tsx';

/** Loads a page's code only when the officer first opens it. */
const page =
  <M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M) =>
  async () => ({ Component: (await load())[name] as ComponentType });

/** Every client-side route of the app. */
export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    element: (
      <AuthGate>
        <AppShell />
      </AuthGate>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: 'offices', lazy: page(() => import('./offices/offices-page.tsx'), 'OfficesPage') },
      { path: 'officers', lazy: page(() => import('./officers/officers-page.tsx'), 'OfficersPage') },
      { path: 'profile', lazy: page(() => import('./profile/profile-page.tsx'), 'ProfilePage') },
      {
        path: 'crime-reports',
        lazy: page(() => import('./crime-reports/crime-reports-page.tsx'), 'CrimeReportsPage'),
      },
      {
        path: 'crime-reports/:id',
        lazy: page(() => import('./crime-reports/crime-report-detail-page.tsx'), 'CrimeReportDetailPage'),
      },
      {
        path: 'document-registry',
        lazy: page(() => import('./documents/registry/document-registry-page.tsx'), 'DocumentRegistryPage'),
      },
      {
        path: 'signatures',
        lazy: page(() => import('./documents/signatures/verify-signatures-page.tsx'), 'VerifySignaturesPage'),
      },
      { path: 'deadlines', lazy: page(() => import('./deadlines/deadlines-page.tsx'), 'DeadlinesPage') },
      { path: 'cases', lazy: page(() => import('./cases/cases-page.tsx'), 'CasesPage') },
      { path: 'cases/:id', lazy: page(() => import('./cases/case-page.tsx'), 'CasePage') },
      {
        path: 'case-file-search',
        lazy: page(() => import('./case-file-search/case-file-search-page.tsx'), 'CaseFileSearchPage'),
      },
      { path: 'penal-code', lazy: page(() => import('./cases/penal-code-page.tsx'), 'PenalCodePage') },
      { path: 'case-import', lazy: page(() => import('./case-import/case-import-page.tsx'), 'CaseImportPage') },
      {
        path: 'case-file-archive',
        lazy: page(() => import('./case-file-archive/archive-page.tsx'), 'CaseFileArchivePage'),
      },
      {
        path: 'admin',
        element: <AdminOnly />,
        children: [
          { path: 'import', lazy: page(() => import('./import/import-page.tsx'), 'ImportPage') },
          { path: 'audit', lazy: page(() => import('./audit/audit-page.tsx'), 'AuditPage') },
          { path: 'clients', lazy: page(() => import('./admin/clients-page.tsx'), 'ClientsPage') },
          { path: 'security', lazy: page(() => import('./admin/security-settings-page.tsx'), 'SecuritySettingsPage') },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
