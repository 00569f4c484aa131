import { createBrowserRouter } from 'react-router';
import { ClientsPage } from './admin/clients-page.tsx';
import { SecuritySettingsPage } from './admin/security-settings-page.tsx';
import { AuditPage } from './audit/audit-page.tsx';
import { AuthGate } from './auth/auth-gate.tsx';
import { LoginPage } from './auth/login-page.tsx';
import { HomePage } from './home/home-page.tsx';
import { ImportPage } from './import/import-page.tsx';
import { OfficersPage } from './officers/officers-page.tsx';
import { OfficesPage } from './offices/offices-page.tsx';
import { ProfilePage } from './profile/profile-page.tsx';
import { AdminOnly } from './shell/admin-only.tsx';
import { AppShell } from './shell/app-shell.tsx';
import { NotFoundPage } from './shell/not-found-page.tsx';

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
      { path: 'offices', element: <OfficesPage /> },
      { path: 'officers', element: <OfficersPage /> },
      { path: 'profile', element: <ProfilePage /> },
      {
        path: 'admin',
        element: <AdminOnly />,
        children: [
          { path: 'import', element: <ImportPage /> },
          { path: 'audit', element: <AuditPage /> },
          { path: 'clients', element: <ClientsPage /> },
          { path: 'security', element: <SecuritySettingsPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
