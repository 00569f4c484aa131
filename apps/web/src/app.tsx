import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import { RouterProvider } from 'react-router';
import { setSignedOutHandler } from './api/client.ts';
import { ME_KEY } from './auth/me.ts';
import { useLang } from './i18n/use-lang.ts';
import { router } from './routes.tsx';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

// An expired session anywhere sends the officer back to sign in, then to the same page.
setSignedOutHandler(() => queryClient.setQueryData(ME_KEY, null));

const theme = { token: { colorPrimary: '#8b1a1a', borderRadius: 6 } };

/** Providers (data, Ant Design locale and theme) around the router. */
export const App = () => {
  const lang = useLang();
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={lang === 'en' ? enUS : viVN} theme={theme}>
        <AntApp>
          <RouterProvider router={router} />
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
};
