import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { fieldError, pickOption, searchAndPick } from './antd.ts';
import { screenshot, signInToHome, startSuite, stopSuite, withPage } from './browser.ts';
import type { TestServer } from './server.ts';

let server: TestServer;
let browser: Browser;

before(async () => {
  ({ server, browser } = await startSuite());
});
after(() => stopSuite(server, browser));

const TITLE = 'Trộm cắp xe máy tại chợ Hạ Long (kiểm thử giao diện)';
const OVERDUE_TITLE = 'Trộm cắp tài sản tại phường Bãi Cháy (kiểm thử quá hạn)';
const DEFENDANT = 'Nguyễn Văn Bình';

/** Today in Vietnam, shifted by `days`, as YYYY-MM-DD: deadlines are counted on Vietnam's calendar. */
const vietnamDay = (days = 0): string => {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};
const typed = (iso: string) => iso.split('-').reverse().join('/');

let caseUrl = '';

const openList = async (page: Page) => {
  await page.getByRole('menuitem', { name: 'Vụ án' }).click();
  await page.getByRole('heading', { name: 'Vụ án hình sự' }).waitFor();
};

const caseRow = (page: Page, title: string) =>
  page.getByTestId('cases-table').locator('tr.ant-table-row', { hasText: title });

const typeDate = async (scope: Locator, label: string, value: string) => {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
};

/** The deadline filter is a row of radio buttons; their labels are what a person clicks. */
const pickDeadlineFilter = (page: Page, name: string) =>
  page.getByTestId('case-filters').locator('label.ant-radio-button-wrapper', { hasText: name }).click();

/** Waits until no list is dimmed by a loading spinner, nor still fading back in (for a clear screenshot). */
const settled = (page: Page) =>
  page.waitForFunction(() =>
    [...document.querySelectorAll('.ant-spin-container')].every(
      (el) => getComputedStyle(el).opacity === '1' && getComputedStyle(el, '::after').opacity === '0',
    ),
  );

const showTab = async (page: Page, name: RegExp) => {
  await page.getByRole('tab', { name }).click();
};

test('a Quảng Ninh prosecutor opens a theft case, charges a defendant and records a detention order', () =>
  withPage(browser, 'case-open', async (page) => {
    await signInToHome(page, server.url, 'ksv.quangninh');
    await openList(page);
    await page.getByRole('button', { name: 'Khởi tố vụ án' }).click();
    const open = page.getByRole('dialog', { name: 'Khởi tố vụ án hình sự' });
    await open.getByLabel('Tên vụ án', { exact: true }).fill(TITLE);
    await searchAndPick(page, open, 'Điều (BLHS)', '173', 'Điều 173. Tội trộm cắp tài sản');
    await pickOption(page, open, 'Khoản', 'Khoản 1 —');
    await open.getByLabel('Số quyết định khởi tố', { exact: true }).fill('15/QĐ-CSĐT');
    // Opened twenty days ago: the Art. 172 investigation period is running, far from its end.
    await typeDate(open, 'Ngày khởi tố', typed(vietnamDay(-20)));
    await open.getByLabel('Cơ quan điều tra thụ lý', { exact: true }).fill('Cơ quan CSĐT Công an tỉnh Quảng Ninh');
    await open.getByLabel('Nơi xảy ra', { exact: true }).fill('Chợ Hạ Long I, phường Hồng Gai');
    await screenshot(page, 'case-open-form-vi');
    await open.getByRole('button', { name: 'Khởi tố', exact: true }).click();
    await page
      .getByTestId('case-code')
      .filter({ hasText: /Vụ án \d+\/\d{4}\/QNI/ })
      .waitFor();
    caseUrl = new URL(page.url()).pathname;
    assert.match(caseUrl, /^\/cases\/[0-9a-f-]{36}$/);
    assert.equal(await page.getByTestId('case-title').textContent(), TITLE);
    await page.getByTestId('stage-stepper').getByText('Điều tra').waitFor();

    await showTab(page, /^Bị can/);
    await page.getByRole('button', { name: 'Thêm bị can' }).click();
    const person = page.getByRole('dialog', { name: 'Thêm bị can' });
    await person.getByLabel('Họ và tên', { exact: true }).fill(DEFENDANT);
    await typeDate(person, 'Ngày sinh', '01/05/1990');
    // A malformed ID number is refused by the server and shown on its field.
    await person.getByLabel('Số định danh cá nhân (CCCD)', { exact: true }).fill('12');
    await person.getByRole('button', { name: 'Lưu' }).click();
    await fieldError(person, 'Số định danh cá nhân (CCCD)').waitFor();
    await person.getByLabel('Số định danh cá nhân (CCCD)', { exact: true }).fill('022090001234');
    await person.getByRole('button', { name: 'Lưu' }).click();
    await person.waitFor({ state: 'hidden' });
    const card = page.getByTestId('defendant-card').filter({ hasText: DEFENDANT });
    await card.waitFor();

    await card.getByRole('button', { name: 'Thêm tội danh' }).click();
    const charge = page.getByRole('dialog', { name: 'Thêm tội danh' });
    // Words without diacritics find the article, as an officer types them.
    await searchAndPick(page, charge, 'Điều (BLHS)', 'trom cap', 'Điều 173. Tội trộm cắp tài sản');
    await pickOption(page, charge, 'Khoản', 'Khoản 1 —');
    await charge.getByRole('button', { name: 'Lưu' }).click();
    await charge.waitFor({ state: 'hidden' });
    await card.getByText('khoản 1 Điều 173 BLHS').waitFor();

    await card.getByRole('button', { name: 'Quyết định đối với bị can' }).click();
    const decision = page.getByRole('dialog', { name: /Ghi nhận quyết định tố tụng/ });
    await searchAndPick(page, decision, 'Quyết định', 'Lệnh tạm giam', /^Lệnh tạm giam$/);
    await decision.getByTestId('decision-type-summary').getByText('Cần Viện kiểm sát phê chuẩn').waitFor();
    await decision.getByLabel('Số quyết định', { exact: true }).fill('05/LTG-CSĐT');
    await typeDate(decision, 'Viện kiểm sát nhận lúc', `08:00 ${typed(vietnamDay())}`);
    await screenshot(page, 'case-decision-form-vi');
    await decision.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã ghi nhận: Lệnh tạm giam').waitFor();
    await decision.waitFor({ state: 'hidden' });

    // The detention order awaits the procuracy's approval (Art. 119(5)), beside the Art. 172 period.
    await showTab(page, /^Thời hạn/);
    const deadlines = page.getByTestId('deadlines-table');
    const approval = deadlines.locator('tr.ant-table-row', { hasText: 'Phê chuẩn: Lệnh tạm giam' });
    await approval.getByText('Điều 119 khoản 5 BLTTHS').waitFor();
    assert.match((await approval.textContent()) ?? '', /Còn \d+ ngày|Hết hạn hôm nay/);
    const investigation = deadlines.locator('tr.ant-table-row', { hasText: 'Thời hạn điều tra' });
    await investigation.getByText('Điều 172 khoản 1 BLTTHS').waitFor();
    await investigation.getByRole('button', { name: 'Xem cách tính' }).click();
    const steps = page.getByTestId('deadline-steps');
    await steps.getByText(/Điều 172 khoản 1 BLTTHS: tội phạm ít nghiêm trọng/).waitFor();
    assert.ok((await steps.locator('ol li').count()) >= 2);
    await page.getByTestId('deadline-alert').waitFor();
    await screenshot(page, 'case-deadlines-vi');
  }));

test('the list filters by deadline state, and the filter lives in the address', () =>
  withPage(browser, 'case-filter', async (page) => {
    await signInToHome(page, server.url, 'ksv.quangninh');
    // A second case, opened 75 days ago: its two-month investigation period (Art. 172(1)) is over.
    const { token } = (await (await page.request.get(`${server.url}/api/auth/csrf`)).json()) as { token: string };
    const created = await page.request.post(`${server.url}/api/cases`, {
      headers: { 'x-csrf-token': token },
      data: {
        title: OVERDUE_TITLE,
        openingNumber: '07/QĐ-CSĐT',
        openedOn: vietnamDay(-75),
        investigatingBodyName: 'Cơ quan CSĐT Công an tỉnh Quảng Ninh',
        charges: [{ article: '173', clause: 1 }],
      },
    });
    assert.equal(created.status(), 201);

    await openList(page);
    await caseRow(page, TITLE).waitFor();
    await caseRow(page, OVERDUE_TITLE).waitFor();
    await settled(page);
    await screenshot(page, 'cases-list-vi');

    const overdue = page.waitForResponse(
      (r) => r.url().includes('/api/cases?') && r.url().includes('deadline=overdue'),
    );
    await pickDeadlineFilter(page, 'Quá hạn');
    const overdueItems = (
      (await (await overdue).json()) as { items: { title: string; nextDeadline: { state: string } }[] }
    ).items;
    assert.ok(overdueItems.some((c) => c.title === OVERDUE_TITLE));
    assert.ok(overdueItems.every((c) => c.nextDeadline.state === 'overdue'));
    await caseRow(page, OVERDUE_TITLE)
      .getByText(/Quá hạn \d+ ngày/)
      .waitFor();
    assert.equal(await caseRow(page, TITLE).count(), 0);
    assert.match(page.url(), /deadline=overdue/);

    const dueSoon = page.waitForResponse(
      (r) => r.url().includes('/api/cases?') && r.url().includes('deadline=due_soon'),
    );
    await pickDeadlineFilter(page, 'Sắp đến hạn');
    const dueSoonItems = (
      (await (await dueSoon).json()) as { items: { title: string; nextDeadline: { state: string } }[] }
    ).items;
    assert.ok(dueSoonItems.every((c) => c.nextDeadline.state === 'due_soon'));
    // The detention order awaiting approval is the case's nearest deadline, a few days away.
    await caseRow(page, TITLE).waitFor();
    assert.equal(await caseRow(page, OVERDUE_TITLE).count(), 0);
    await settled(page);
    await screenshot(page, 'cases-list-due-soon-vi');

    // The export carries the filter; the officer saves the view and finds it again after clearing it.
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: /Xuất CSV/ }).click();
    const file = await download;
    assert.match(file.url(), /\/api\/cases\/export\?.*deadline=due_soon.*format=csv/);
    assert.equal(file.suggestedFilename().endsWith('.csv'), true);
    await page.getByRole('button', { name: 'Lưu bộ lọc' }).click();
    const save = page.getByRole('dialog', { name: 'Lưu bộ lọc hiện tại' });
    await save.getByLabel('Tên bộ lọc', { exact: true }).fill('Sắp đến hạn');
    await save.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu bộ lọc «Sắp đến hạn»').waitFor();
    await pickDeadlineFilter(page, 'Mọi thời hạn');
    await caseRow(page, OVERDUE_TITLE).waitFor();
    await pickOption(page, page.getByTestId('cases-page'), 'Bộ lọc đã lưu', 'Sắp đến hạn');
    await page.waitForURL(/deadline=due_soon/);
    await caseRow(page, TITLE).waitFor();
    assert.equal(await caseRow(page, OVERDUE_TITLE).count(), 0);

    // A copied link reproduces the view.
    await page.goto(page.url());
    await caseRow(page, TITLE).waitFor();
    assert.ok(await page.getByRole('radio', { name: 'Sắp đến hạn' }).isChecked());
    assert.equal(await caseRow(page, OVERDUE_TITLE).count(), 0);
  }));

test('the head of Quảng Ninh approves the detention order; the Art. 173 detention period starts', () =>
  withPage(browser, 'case-approve', async (page) => {
    assert.ok(caseUrl, 'the first test recorded the case URL');
    await signInToHome(page, server.url, 'vt.quangninh');
    await page.goto(`${server.url}${caseUrl}`);
    await showTab(page, /^Quyết định/);
    const row = page.getByTestId('decisions-table').locator('tr.ant-table-row', { hasText: 'Lệnh tạm giam' });
    await row.getByText('Đã vào sổ, chờ xử lý').waitFor();
    await settled(page);
    await screenshot(page, 'case-decisions-leader-vi');
    await row.getByRole('button', { name: 'Phê chuẩn', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: /Phê chuẩn — Lệnh tạm giam/ });
    await confirm.getByRole('button', { name: 'Phê chuẩn', exact: true }).click();
    await page.getByText('Đã thực hiện: Phê chuẩn').waitFor();
    await row.getByText('Đã phê chuẩn').waitFor();
    assert.equal(await row.getByRole('button', { name: 'Phê chuẩn', exact: true }).count(), 0);

    await showTab(page, /^Thời hạn/);
    const deadlines = page.getByTestId('deadlines-table');
    const detention = deadlines.locator('tr.ant-table-row', { hasText: `Tạm giam — ${DEFENDANT}` });
    await detention.getByText('Điều 173 khoản 1 BLTTHS').waitFor();
    assert.equal(await deadlines.locator('tr.ant-table-row', { hasText: 'Phê chuẩn: Lệnh tạm giam' }).count(), 0);

    await showTab(page, /^Bị can/);
    const measures = page.getByTestId('defendant-card').filter({ hasText: DEFENDANT }).getByTestId('measures-table');
    await measures
      .locator('tr.ant-table-row', { hasText: 'Tạm giam' })
      .getByText(/Còn \d+ ngày/)
      .waitFor();
    await settled(page);
    await screenshot(page, 'case-defendants-vi');

    await showTab(page, /^Diễn biến/);
    const timeline = (await page.getByTestId('case-timeline').textContent()) ?? '';
    assert.match(timeline, /Xử lý quyết định: Phê chuẩn — Lệnh tạm giam[\s\S]*Ghi nhận quyết định[\s\S]*Khởi tố vụ án/);
  }));

test('the case page fits a tablet', () =>
  withPage(
    browser,
    'case-tablet',
    async (page) => {
      await signInToHome(page, server.url, 'ksv.quangninh');
      await page.goto(`${server.url}${caseUrl}?tab=deadlines`);
      await page.getByTestId('deadlines-table').getByText('Điều 173 khoản 1 BLTTHS').waitFor();
      await screenshot(page, 'case-deadlines-768x1024');
    },
    { width: 768, height: 1024 },
  ));

test('a prosecutor of Trà Vinh gets the not-found page for the Quảng Ninh case', () =>
  withPage(browser, 'case-stranger', async (page) => {
    await signInToHome(page, server.url, 'ksv.travinh');
    await page.goto(`${server.url}${caseUrl}`);
    await page.getByText('404', { exact: true }).waitFor();
    assert.equal(await page.getByTestId('case-code').count(), 0);
  }));

test('anyone looks an offence up in the Penal Code, with or without diacritics', () =>
  withPage(browser, 'penal-code', async (page) => {
    await signInToHome(page, server.url, 'ksv.travinh');
    await page.getByRole('menuitem', { name: 'Bộ luật Hình sự' }).click();
    await page.getByLabel('Tra cứu điều luật', { exact: true }).fill('trom cap');
    const article = page.getByTestId('penal-code-article').filter({ hasText: 'Điều 173. Tội trộm cắp tài sản' });
    await article.waitFor();
    const first = article.locator('tr.ant-table-row', { hasText: 'Khoản 1' });
    assert.match((await first.textContent()) ?? '', /phạt tù từ 6 tháng đến 3 năm[\s\S]*Ít nghiêm trọng/);
    await settled(page);
    await screenshot(page, 'penal-code-vi');
  }));
