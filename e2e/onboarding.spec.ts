import { DEMO, expect, signIn, test, uniqueSuffix } from './fixtures.js';

test('a manager takes an applicant through the onboarding checklist to cleared to drive', async ({
  page,
}) => {
  await signIn(page, DEMO.manager);
  const csrf = (await (await page.request.get('/api/v1/me')).json()).csrfToken;
  const stations = await (await page.request.get('/api/v1/stations')).json();
  const dxc1 = stations.items.find((s: { code: string }) => s.code === 'DXC1');
  const lastName = `Applicant${uniqueSuffix()}`;
  const name = `Olivia ${lastName}`;
  const added = await page.request.post('/api/v1/drivers', {
    headers: { 'x-csrf-token': csrf },
    data: {
      firstName: 'Olivia',
      lastName,
      homeStationId: dxc1.id,
      vanTypes: ['edv', 'cdv'],
      licenseNumber: 'D7654321',
      licenseState: 'CA',
      licenseExpiry: '2030-05-31',
      status: 'applicant',
    },
  });
  expect(added.status(), await added.text()).toBe(201);
  const driverId = (await added.json()).id;

  // Not cleared while an applicant.
  await page.goto(`/drivers/${driverId}`);
  await expect(page.getByText('Status is applicant, not active.')).toBeVisible();

  // Every step of the board done, one tap each (the DOT card does not apply: no step vans).
  await page.goto('/onboarding');
  const open = page.getByRole('button', { name: new RegExp(`for ${name}: To do\\. Mark done`) });
  await expect(open.first()).toBeVisible();
  const steps = await open.count();
  expect(steps).toBeGreaterThanOrEqual(8);
  for (let left = steps; left > 0; left--) {
    await open.first().click();
    await expect(open).toHaveCount(left - 1);
  }
  await page.getByRole('button', { name: `Make active ${name}` }).click();
  await expect(page.getByRole('button', { name: `Make active ${name}` })).toHaveCount(0);

  await page.goto(`/drivers/${driverId}`);
  const clearance = page.locator('.clearance');
  await expect(clearance.getByText('Cleared', { exact: true })).toBeVisible();
  await expect(page.getByText('Status is applicant, not active.')).toHaveCount(0);
});
