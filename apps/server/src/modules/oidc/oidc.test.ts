import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import * as oidc from 'openid-client';
import { buildApp } from '../../app.ts';
import { auditLog } from '../../platform/audit.schema.ts';
import { signedIn, type TestClient } from '../../test/client.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { officers, sessions } from '../identity/identity.schema.ts';
import { forgetAllSessions } from '../identity/session-cache.ts';
import { serverKeys } from './oidc.schema.ts';
import { Browser, findFreePort } from './oidc-test-browser.ts';

const REDIRECT_URI = 'https://hoso.vks.example/callback';

describe('OpenID Connect provider', () => {
  let t: TestApp;
  let base: string;
  let admin: TestClient;

  before(async () => {
    const port = await findFreePort();
    base = `http://127.0.0.1:${port}`;
    t = await createTestApp({ PUBLIC_URL: base });
    await t.app.listen({ port, host: '127.0.0.1' });
    admin = await signedIn(t.app, 'admin');
  });
  after(() => t.close());

  const registerClient = async (confidential: boolean, name = 'Hồ sơ điện tử') => {
    const reply = await admin.post('/api/oidc-clients', { name, redirectUris: [REDIRECT_URI], confidential });
    assert.equal(reply.status, 201, reply.text);
    return reply.body as { client: { clientId: string; status: string }; clientSecret: string | null };
  };

  const discover = (clientId: string, secret: string | null) =>
    oidc.discovery(new URL(base), clientId, undefined, secret ? oidc.ClientSecretBasic(secret) : oidc.None(), {
      execute: [oidc.allowInsecureRequests],
    });

  /** Starts an authorization request as a relying party would, with PKCE unless told otherwise. */
  const startSignIn = async (
    config: oidc.Configuration,
    { pkce = true, redirectUri = REDIRECT_URI, extra = {} as Record<string, string> } = {},
  ) => {
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const params: Record<string, string> = {
      redirect_uri: redirectUri,
      scope: 'openid profile email procuracy',
      state,
      ...extra,
    };
    if (pkce) {
      params.code_challenge = await oidc.calculatePKCECodeChallenge(verifier);
      params.code_challenge_method = 'S256';
    }
    return { url: oidc.buildAuthorizationUrl(config, params).href, verifier, state };
  };

  const signedInBrowser = async (username: string) => {
    const browser = new Browser(base);
    await browser.signIn(username);
    return browser;
  };

  test('discovery names the issuer, the endpoints under /oidc and the procuracy scope', async () => {
    const response = await fetch(`${base}/.well-known/openid-configuration`);
    assert.equal(response.status, 200);
    const doc = (await response.json()) as Record<string, unknown>;
    assert.equal(doc.issuer, base);
    assert.equal(doc.authorization_endpoint, `${base}/oidc/auth`);
    assert.equal(doc.token_endpoint, `${base}/oidc/token`);
    assert.equal(doc.userinfo_endpoint, `${base}/oidc/me`);
    assert.equal(doc.jwks_uri, `${base}/oidc/jwks`);
    assert.equal(doc.end_session_endpoint, `${base}/oidc/session/end`);
    assert.deepEqual(doc.code_challenge_methods_supported, ['S256']);
    assert.ok((doc.scopes_supported as string[]).includes('procuracy'));
    assert.ok((doc.claims_supported as string[]).includes('office_code'));
  });

  test('the signing key is generated once and kept in server_keys', async () => {
    const jwks = (await (await fetch(`${base}/oidc/jwks`)).json()) as {
      keys: { kid: string; alg: string; d?: string }[];
    };
    const [stored] = await t.database.db.select().from(serverKeys).where(eq(serverKeys.name, 'oidc_jwks'));
    const storedKeys = stored?.value as { kid: string }[];
    assert.deepEqual(
      jwks.keys.map((k) => k.kid),
      storedKeys.map((k) => k.kid),
    );
    assert.equal(jwks.keys[0]?.alg, 'RS256');
    assert.equal(jwks.keys[0]?.d, undefined, 'the private part is never published');
  });

  test('keys, sessions and tokens live in the database and survive a restart', async () => {
    const { client, clientSecret } = await registerClient(true);
    const config = await discover(client.clientId, clientSecret);
    const browser = await signedInBrowser('ksv.quangninh');
    const { url, verifier, state } = await startSignIn(config);
    const { redirect } = await browser.follow(url, REDIRECT_URI);
    assert.ok(redirect);
    const tokens = await oidc.authorizationCodeGrant(config, redirect, {
      pkceCodeVerifier: verifier,
      expectedState: state,
    });
    const restarted = await buildApp(t.database, t.config);
    try {
      const userinfo = await restarted.inject({
        method: 'GET',
        url: '/oidc/me',
        headers: { authorization: `Bearer ${tokens.access_token}` },
      });
      assert.equal(userinfo.statusCode, 200, userinfo.body);
      assert.equal(JSON.parse(userinfo.body).sub, tokens.claims()?.sub);
      const jwks = await restarted.inject({ method: 'GET', url: '/oidc/jwks' });
      const live = await (await fetch(`${base}/oidc/jwks`)).text();
      assert.equal(jwks.body, live);
    } finally {
      await restarted.close();
    }
  });

  test('an officer signed in to eProcuracy signs in to a confidential client with code + PKCE', async () => {
    const { client, clientSecret } = await registerClient(true);
    assert.ok(clientSecret && clientSecret.length >= 40);
    const config = await discover(client.clientId, clientSecret);
    const browser = await signedInBrowser('ksv.quangninh');
    const me = (await (await browser.fetch('/api/me')).json()) as { officerId: string; officeId: string };

    const { url, verifier, state } = await startSignIn(config);
    const { redirect } = await browser.follow(url, REDIRECT_URI);
    assert.ok(redirect?.searchParams.get('code'), 'the browser reaches the redirect_uri with a code');
    assert.ok(redirect);

    const tokens = await oidc.authorizationCodeGrant(config, redirect, {
      pkceCodeVerifier: verifier,
      expectedState: state,
    });
    const claims = tokens.claims();
    assert.ok(claims);
    assert.equal(claims.sub, me.officerId);
    assert.equal(claims.aud, client.clientId);
    assert.equal(claims.office_code, 'QNI');
    assert.equal(claims.office_id, me.officeId);
    assert.deepEqual(claims.roles, ['prosecutor']);
    assert.equal(claims.preferred_username, 'ksv.quangninh');

    const userinfo = await oidc.fetchUserInfo(config, tokens.access_token, me.officerId);
    assert.equal(userinfo.sub, me.officerId);
    assert.equal(userinfo.office_code, 'QNI');
    assert.equal(typeof userinfo.office_name, 'string');
    assert.deepEqual(userinfo.roles, ['prosecutor']);
    assert.equal(userinfo.position, claims.position);
    assert.equal(typeof userinfo.clearance, 'string');
    assert.equal(typeof userinfo.name, 'string');

    await assert.rejects(
      oidc.authorizationCodeGrant(config, redirect, { pkceCodeVerifier: verifier, expectedState: state }),
      'a code is used once',
    );
    // A replayed code revokes what it was exchanged for (RFC 6749 §4.1.2).
    await assert.rejects(oidc.fetchUserInfo(config, tokens.access_token, me.officerId));

    const audited = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'oidc.login'), eq(auditLog.entityId, client.clientId)));
    assert.equal(audited.length, 1);
    assert.equal(audited[0]?.actorId, me.officerId);
    assert.equal(audited[0]?.entityType, 'oidc_client');
  });

  test('a browser without a session goes to the login page and comes back to finish', async () => {
    const { client, clientSecret } = await registerClient(true);
    const config = await discover(client.clientId, clientSecret);
    const { url, verifier, state } = await startSignIn(config);
    const browser = new Browser(base);
    const toLogin = await browser.follow(url, `${base}/login`);
    assert.equal(toLogin.redirect?.pathname, '/login');
    const next = toLogin.redirect?.searchParams.get('next') ?? '';
    assert.match(next, /^\/oidc\/interaction\/[\w-]+$/);

    await browser.signIn('ksv.travinh');
    const { redirect } = await browser.follow(next, REDIRECT_URI);
    assert.ok(redirect);
    const tokens = await oidc.authorizationCodeGrant(config, redirect, {
      pkceCodeVerifier: verifier,
      expectedState: state,
    });
    assert.equal(tokens.claims()?.office_code, 'TVH');
  });

  test('signing in to eProcuracy as another officer switches the identity applications get', async () => {
    const { client, clientSecret } = await registerClient(true);
    const config = await discover(client.clientId, clientSecret);
    const browser = await signedInBrowser('ksv.quangninh');
    const signInOnce = async () => {
      const { url, verifier, state } = await startSignIn(config);
      // Switching officers, the provider first ends its old session with a self-submitting form.
      const { redirect } = await browser.follow(url, REDIRECT_URI, { autoSubmit: true });
      assert.ok(redirect);
      return (
        await oidc.authorizationCodeGrant(config, redirect, { pkceCodeVerifier: verifier, expectedState: state })
      ).claims()?.preferred_username;
    };
    assert.equal(await signInOnce(), 'ksv.quangninh');
    await browser.signIn('ksv.travinh');
    assert.equal(await signInOnce(), 'ksv.travinh');
    assert.equal((await browser.fetch('/api/me')).status, 200, 'the new eProcuracy session survives the switch');
  });

  test('signing out of eProcuracy also ends single sign-on', async () => {
    const { client, clientSecret } = await registerClient(true);
    const config = await discover(client.clientId, clientSecret);
    const browser = await signedInBrowser('vt.quangninh');
    assert.ok((await browser.follow((await startSignIn(config)).url, REDIRECT_URI)).redirect);
    const csrf = (await (await browser.fetch('/api/auth/csrf')).json()) as { token: string };
    const out = await browser.fetch('/api/auth/logout', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf.token },
      body: '{}',
    });
    assert.equal(out.status, 204);
    assert.ok(browser.cookies.has('oidc_session'), 'the provider session cookie is still there');
    const again = await browser.follow((await startSignIn(config)).url, `${base}/login`);
    assert.equal(again.redirect?.pathname, '/login');
  });

  test('signing out through an application ends the eProcuracy session as well', async () => {
    const reply = await admin.post('/api/oidc-clients', {
      name: 'Văn bản',
      redirectUris: [REDIRECT_URI],
      postLogoutRedirectUris: ['https://hoso.vks.example/bye'],
    });
    assert.equal(reply.status, 201, reply.text);
    const config = await discover(reply.body.client.clientId, reply.body.clientSecret);
    const browser = await signedInBrowser('ksv.travinh');
    const me = (await (await browser.fetch('/api/me')).json()) as { officerId: string };
    const sid = browser.cookies.get('eproc_sid');
    const { url, verifier, state } = await startSignIn(config);
    const { redirect } = await browser.follow(url, REDIRECT_URI);
    assert.ok(redirect);
    const tokens = await oidc.authorizationCodeGrant(config, redirect, {
      pkceCodeVerifier: verifier,
      expectedState: state,
    });
    assert.ok(tokens.id_token);

    const endUrl = oidc.buildEndSessionUrl(config, {
      id_token_hint: tokens.id_token,
      post_logout_redirect_uri: 'https://hoso.vks.example/bye',
    });
    const page = await browser.fetch(endUrl.href);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /Đăng xuất/);
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1];
    assert.ok(xsrf);
    const confirmed = await browser.fetch('/oidc/session/end/confirm', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ xsrf, logout: 'yes' }).toString(),
    });
    assert.equal(confirmed.status, 303);
    assert.equal(confirmed.headers.get('location'), 'https://hoso.vks.example/bye');
    assert.equal(browser.cookies.has('eproc_sid'), false, 'the session cookie is cleared');
    const replay = await fetch(`${base}/api/me`, { headers: { cookie: `eproc_sid=${sid}` } });
    assert.equal(replay.status, 401, 'the session is revoked on the server, not only forgotten');
    const audited = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'auth.logout'), eq(auditLog.actorId, me.officerId)));
    assert.equal(audited.length, 1);
  });

  test('an officer who still has to change their password is sent to the login page first', async () => {
    const { client, clientSecret } = await registerClient(true);
    const config = await discover(client.clientId, clientSecret);
    const browser = await signedInBrowser('qt.quangninh');
    const who = eq(officers.username, 'qt.quangninh');
    await t.database.db.update(officers).set({ mustChangePassword: true }).where(who);
    forgetAllSessions();
    try {
      const attempt = await browser.follow((await startSignIn(config)).url, `${base}/login`);
      assert.equal(attempt.redirect?.pathname, '/login');
    } finally {
      await t.database.db.update(officers).set({ mustChangePassword: false }).where(who);
      forgetAllSessions();
    }
    assert.ok((await browser.follow((await startSignIn(config)).url, REDIRECT_URI)).redirect?.searchParams.get('code'));
  });

  test('an inactive officer cannot sign in to an application', async () => {
    const { client, clientSecret } = await registerClient(true);
    const config = await discover(client.clientId, clientSecret);
    const browser = await signedInBrowser('thongke.hanoi');
    await t.database.db.update(officers).set({ status: 'inactive' }).where(eq(officers.username, 'thongke.hanoi'));
    forgetAllSessions();
    try {
      const attempt = await browser.follow((await startSignIn(config)).url, `${base}/login`);
      assert.equal(attempt.redirect?.pathname, '/login');
    } finally {
      await t.database.db.update(officers).set({ status: 'active' }).where(eq(officers.username, 'thongke.hanoi'));
      forgetAllSessions();
    }
  });

  test('a public client must use PKCE, and signs in without a secret when it does', async () => {
    const { client, clientSecret } = await registerClient(false, 'Ứng dụng di động');
    assert.equal(clientSecret, null);
    const config = await discover(client.clientId, null);
    const browser = await signedInBrowser('ksv.halong');

    const withoutPkce = await browser.follow((await startSignIn(config, { pkce: false })).url, REDIRECT_URI);
    assert.equal(withoutPkce.redirect?.searchParams.get('error'), 'invalid_request');
    assert.match(withoutPkce.redirect?.searchParams.get('error_description') ?? '', /PKCE/);
    assert.equal(withoutPkce.redirect?.searchParams.get('code'), null);

    const { url, verifier, state } = await startSignIn(config);
    const { redirect } = await browser.follow(url, REDIRECT_URI);
    assert.ok(redirect?.searchParams.get('code'));
    assert.ok(redirect);
    const tokens = await oidc.authorizationCodeGrant(config, redirect, {
      pkceCodeVerifier: verifier,
      expectedState: state,
    });
    assert.equal(tokens.claims()?.office_code, 'QNI-KV1');
  });

  test('a redirect_uri that was not registered is refused on the provider, not redirected to', async () => {
    const { client, clientSecret } = await registerClient(true);
    const config = await discover(client.clientId, clientSecret);
    const browser = await signedInBrowser('ksv.quangninh');
    const { url } = await startSignIn(config, { redirectUri: 'https://evil.example/callback' });
    const { redirect, response } = await browser.follow(url, 'https://evil.example');
    assert.equal(redirect, undefined);
    assert.equal(response?.status, 400);
    assert.match(response?.headers.get('content-security-policy') ?? '', /form-action/);
    assert.match(await (response?.text() ?? Promise.resolve('')), /redirect_uri/);
  });

  test('form_post responses work under the content security policy', async () => {
    const { client, clientSecret } = await registerClient(true);
    const config = await discover(client.clientId, clientSecret);
    const browser = await signedInBrowser('ksv.quangninh');
    const { url } = await startSignIn(config, { extra: { response_mode: 'form_post' } });
    const { response } = await browser.follow(url, REDIRECT_URI);
    assert.equal(response?.status, 200);
    const csp = response?.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self' 'sha256-[\w+/=]+'/, 'the auto-submit script is allowed by its hash');
    const html = await (response?.text() ?? Promise.resolve(''));
    assert.match(html, new RegExp(`action="${REDIRECT_URI}"`));
    assert.match(html, /name="code"/);
  });

  test('a session token rotated during a provider request reaches the browser', async () => {
    const { client, clientSecret } = await registerClient(true);
    const config = await discover(client.clientId, clientSecret);
    const browser = await signedInBrowser('vanthu.hanoi');
    const me = (await (await browser.fetch('/api/me')).json()) as { officerId: string };
    const before = browser.cookies.get('eproc_sid');
    const due = new Date(Date.now() - 3_600_000);
    await t.database.db.update(sessions).set({ rotatedAt: due }).where(eq(sessions.officerId, me.officerId));
    forgetAllSessions();
    const { redirect } = await browser.follow((await startSignIn(config)).url, REDIRECT_URI);
    assert.ok(redirect?.searchParams.get('code'));
    assert.notEqual(browser.cookies.get('eproc_sid'), before, 'the rotated token was set');
    // Past the grace period only the rotated token is accepted, so the browser must hold it.
    await t.database.db.update(sessions).set({ rotatedAt: due }).where(eq(sessions.officerId, me.officerId));
    forgetAllSessions();
    assert.equal((await browser.fetch('/api/me')).status, 200);
  });

  test('a revoked client can no longer sign anyone in, nor use what it was issued', async () => {
    const { client, clientSecret } = await registerClient(true);
    const config = await discover(client.clientId, clientSecret);
    const browser = await signedInBrowser('ksv.quangninh');
    const first = await startSignIn(config);
    const { redirect } = await browser.follow(first.url, REDIRECT_URI);
    assert.ok(redirect);
    const tokens = await oidc.authorizationCodeGrant(config, redirect, {
      pkceCodeVerifier: first.verifier,
      expectedState: first.state,
    });

    const revoked = await admin.post(`/api/oidc-clients/${client.clientId}/revoke`);
    assert.equal(revoked.status, 200, revoked.text);
    assert.equal(revoked.body.status, 'revoked');

    const { response } = await browser.follow((await startSignIn(config)).url, REDIRECT_URI);
    assert.equal(response?.status, 400);
    assert.match(await (response?.text() ?? Promise.resolve('')), /invalid_client/);
    await assert.rejects(oidc.fetchUserInfo(config, tokens.access_token, oidc.skipSubjectCheck));
    const listed = await admin.get('/api/oidc-clients');
    assert.equal(listed.body.find((c: { clientId: string }) => c.clientId === client.clientId)?.status, 'revoked');
  });

  test('the client API validates input, audits writes and is for administrators only', async () => {
    const bad = await admin.post('/api/oidc-clients', { name: 'X', redirectUris: ['not a url'] });
    assert.equal(bad.status, 400);
    assert.ok(bad.body.fields.some((f: { field: string }) => f.field === 'redirectUris.0'));
    const unknown = await admin.post('/api/oidc-clients', { name: 'X', redirectUris: [REDIRECT_URI], secret: 'x' });
    assert.equal(unknown.status, 400);
    assert.ok(unknown.body.fields.some((f: { field: string }) => f.field === 'secret'));
    const noScheme = await admin.post('/api/oidc-clients', { name: 'X', redirectUris: ['ftp://files.example/cb'] });
    assert.equal(noScheme.status, 400);

    const { client } = await registerClient(true, 'Thống kê');
    const created = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'oidc_client.create'), eq(auditLog.entityId, client.clientId)));
    assert.equal(created.length, 1);
    const listed = await admin.get('/api/oidc-clients');
    assert.equal(listed.status, 200);
    const shown = listed.body.find((c: { clientId: string }) => c.clientId === client.clientId);
    assert.equal(shown.name, 'Thống kê');
    assert.equal('clientSecret' in shown, false);

    const prosecutor = await signedIn(t.app, 'ksv.quangninh');
    assert.deepEqual((await prosecutor.get('/api/oidc-clients')).body, []);
    const refused = await prosecutor.post('/api/oidc-clients', { name: 'X', redirectUris: [REDIRECT_URI] });
    assert.equal(refused.status, 403);
    assert.equal((await prosecutor.post(`/api/oidc-clients/${client.clientId}/revoke`)).status, 403);
    assert.equal((await admin.post('/api/oidc-clients/app_nope/revoke')).status, 404);
  });
});
