import { asManager, importSafetyEvents, phoneOf, safetyEvents, todays } from './coaching-kit.js';
import { DA, expect, test } from './fixtures.js';

// Issue 14, items 8 and 16: "a rule-made warning reaches the DA only after a manager sends it" — the
// manager reviews it with its evidence and sends it with a note; the DA then sees it on a 390 px phone.

const RULE = {
  name: 'E2E: written warning on 3 following-distance events',
  active: true,
  trigger: { type: 'events', eventType: 'Following Distance', count: 3, days: 7 },
  ladder: ['written_warning'],
  escalationDays: 30,
};

test('a rule-made written warning waits for a manager; the DA sees it only once it is sent', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const da = await phoneOf(browser, DA.warned);
  const { page, csrf } = await asManager(browser);
  const headers = { 'x-csrf-token': csrf };
  const language = await page.request.patch(`/api/v1/drivers/${da.da.id}`, {
    data: { language: 'en' },
    headers,
  });
  expect(language.status(), await language.text()).toBe(200);
  const rule = await page.request.post('/api/v1/coaching/rules', { data: RULE, headers });
  expect(rule.status(), await rule.text()).toBe(200);

  await importSafetyEvents(page, da.da.homeStationId, safetyEvents([da.da], stamp), 3);

  // The rule proposed a warning: the DA has nothing of it, neither on /me/coaching nor in messages.
  await da.page.goto('/me/coaching');
  await expect(da.page.getByRole('heading', { name: 'My coaching' })).toBeVisible();
  await expect(todays(da.page, stamp).filter({ hasText: 'Written warning' })).toHaveCount(0);
  const { items: waiting } = await (await page.request.get('/api/v1/coaching/review')).json();
  const proposed = waiting.find(
    (i: { driverId: string; ruleName: string }) => i.driverId === da.da.id && i.ruleName === RULE.name,
  );
  const detail = async () => (await page.request.get(`/api/v1/coaching/items/${proposed.id}`)).json();
  expect(await detail()).toMatchObject({ notify: 'review', messages: [] });

  // The manager finds it in the review list with its evidence, and sends it with a note.
  await page.goto('/coaching?tab=review');
  // The DA's station (another spec may add one that sorts first).
  await page.locator('.filters').getByLabel('Station').selectOption(da.da.homeStationId);
  const card = page
    .getByTestId('coaching-review')
    .getByRole('region')
    .filter({ hasText: RULE.name })
    .filter({ hasText: da.da.name });
  await expect(card).toHaveCount(1);
  await expect(card.locator(`a[href*="/${stamp}/"]`)).toHaveCount(3);
  await card.getByRole('button', { name: 'Send to the DA' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Note to the DA').fill('Keep four seconds behind the car in front.');
  await dialog.getByRole('button', { name: 'Send to the DA' }).click();
  await expect(card).toHaveCount(0);

  // Now the DA has it, to read and sign.
  await da.page.reload();
  const warning = todays(da.page, stamp).filter({ hasText: 'Written warning' });
  await expect(warning).toHaveCount(1);
  await expect(warning).toBeVisible();
  await expect(warning.getByText('Keep four seconds behind the car in front.')).toBeVisible();
  const sent = await detail();
  expect(sent.notify).toBe('sent');
  expect(sent.messages[0].body).toContain(
    'Note from your manager: Keep four seconds behind the car in front.',
  );
  await da.page.screenshot({ path: 'test-results/warning-sent-phone.png', fullPage: true });
});

// The rule goes off again (it has items, so it stays), so later runs find the demo's rules as they were.
test.afterEach(async ({ browser }) => {
  const { page, csrf } = await asManager(browser);
  const { rules } = await (await page.request.get('/api/v1/coaching/rules')).json();
  for (const r of rules.filter((x: { name: string }) => x.name === RULE.name)) {
    const { id, measure: _m, measureLabel: _l, items: _i, ...body } = r;
    await page.request.put(`/api/v1/coaching/rules/${id}`, {
      data: { ...body, active: false },
      headers: { 'x-csrf-token': csrf },
    });
  }
});
