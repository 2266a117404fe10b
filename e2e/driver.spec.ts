import { DA, expect, signInDa, test } from './fixtures.js';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('a driver signs in on a phone and lands on the phone layout at /me', async ({ page }) => {
  await signInDa(page, DA.spanish, 'es');
  await expect(page).toHaveURL('/me');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hola,');
  await expect(page.getByText('DXC1', { exact: true })).toBeVisible();
  // An active demo DA with a valid license, who reads Spanish: the phone says so in Spanish.
  await expect(page.getByTestId('my-clearance')).toContainText('Puedes manejar.');
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);

  const signOut = page.getByRole('button', { name: 'Cerrar sesión' });
  const changePassword = page.getByRole('link', { name: 'Cambiar contraseña' });
  for (const target of [signOut, changePassword]) {
    const box = await target.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
  }
  // Nothing wider than the phone.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  // Staff pages send a driver back home.
  await page.goto('/users');
  await expect(page).toHaveURL('/me');

  await changePassword.click();
  await expect(page.getByRole('heading', { name: 'Cambiar contraseña' })).toBeVisible();
  await page.getByRole('link', { name: /Volver/ }).click();
  await signOut.click();
  await expect(page).toHaveURL('/login');
});
