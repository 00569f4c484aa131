import { Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { errorText } from '../api/problem.ts';
import { useLang } from '../i18n/use-lang.ts';
import { MeContext, useMe } from './me.ts';

/** Lets only a fully signed-in officer through; anyone else goes to the sign-in steps. */
export const AuthGate = ({ children }: { children: ReactNode }) => {
  const me = useMe();
  const location = useLocation();
  const lang = useLang();
  if (me.isPending) return <Spin fullscreen />;
  if (me.isError) return <Result status="error" title={errorText(me.error, lang)} />;
  const data = me.data;
  if (data?.sessionState !== 'active' || data.mustChangePassword) {
    const next = `${location.pathname}${location.search}`;
    const query = next === '/' ? '' : `?next=${encodeURIComponent(next)}`;
    return <Navigate to={`/login${query}`} replace />;
  }
  return <MeContext value={data}>{children}</MeContext>;
};
