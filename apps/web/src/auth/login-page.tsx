import type { Me } from '@eprocuracy/domain';
import { useQueryClient } from '@tanstack/react-query';
import { Spin } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api } from '../api/client.ts';
import { AuthCard } from './auth-card.tsx';
import { ChangePasswordForm } from './change-password-form.tsx';
import { ME_KEY, useLogout, useMe } from './me.ts';
import { PasswordStep } from './password-step.tsx';
import { resolveNext } from './safe-next.ts';
import { TotpEnrolment } from './totp-enrolment.tsx';
import { TotpStep } from './totp-step.tsx';

type Step = 'password' | 'totp' | 'change' | 'enrol' | 'done';

const stepFor = (me: Me | null | undefined): Step => {
  if (!me) return 'password';
  if (me.sessionState === 'mfa_pending') return 'totp';
  if (me.mustChangePassword) return 'change';
  if (me.sessionState === 'mfa_enrol') return 'enrol';
  return 'done';
};

/** Sign-in: password, then TOTP, then a forced password change or TOTP enrolment when required. */
export const LoginPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const logout = useLogout();
  const me = useMe();
  const [step, setStep] = useState<Step | null>(null);

  const finish = useCallback(() => {
    const target = resolveNext(params.get('next'));
    if ('external' in target) window.location.assign(target.external);
    else void navigate(target.internal, { replace: true });
  }, [navigate, params]);

  const advance = useCallback(async () => {
    const fresh = await queryClient.fetchQuery({ queryKey: ME_KEY, queryFn: () => api<Me>('GET', '/api/me') });
    const next = stepFor(fresh);
    if (next === 'done') finish();
    else setStep(next);
  }, [queryClient, finish]);

  useEffect(() => {
    if (step !== null || me.isPending) return;
    const initial = stepFor(me.data);
    if (initial === 'done') finish();
    else setStep(initial);
  }, [step, me.isPending, me.data, finish]);

  const back = async () => {
    await logout();
    setStep('password');
  };

  switch (step) {
    case null:
    case 'done':
      return <Spin fullscreen />;
    case 'password':
      return (
        <AuthCard title={t('auth.title')}>
          <PasswordStep onDone={(state) => (state === 'mfa_pending' ? setStep('totp') : void advance())} />
        </AuthCard>
      );
    case 'totp':
      return (
        <AuthCard title={t('auth.totpTitle')}>
          <TotpStep onDone={() => void advance()} onBack={() => void back()} />
        </AuthCard>
      );
    case 'change':
      return (
        <AuthCard title={t('auth.changeTitle')}>
          <p>{t('auth.changeHint')}</p>
          <ChangePasswordForm onDone={() => void advance()} />
        </AuthCard>
      );
    case 'enrol':
      return (
        <AuthCard title={t('auth.enrolTitle')}>
          <p>{t('auth.enrolHint')}</p>
          <TotpEnrolment onDone={() => void advance()} />
        </AuthCard>
      );
  }
};
