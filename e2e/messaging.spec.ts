import { DEMO, expect, signIn, test } from './fixtures.js';

test('an owner turns texts on and back off; the messages page lists what DAs were told', async ({ page }) => {
  await signIn(page, DEMO.owner);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Messages' }).click();
  await expect(page.getByText('Texts are off')).toBeVisible();
  const table = page.getByTestId('messages');
  await expect(table.getByText('In the app').first()).toBeVisible();
  // Texts: only those (the coaching spec's, sent through the local Twilio-speaking server), or none.
  await page.getByLabel('Channel').selectOption('sms');
  await expect(table.getByText('In the app')).toHaveCount(0);

  await page.getByRole('tab', { name: 'Settings' }).click();
  const texts = page.getByLabel('Also send messages by text (SMS)');
  await texts.check();
  await page.getByRole('button', { name: 'Save' }).click();
  // The end-to-end server texts through the local Twilio-speaking server: no warning that texts stay here.
  await expect(page.getByText('Texts are off')).toHaveCount(0);
  await expect(page.getByText('texts are recorded, not sent')).toHaveCount(0);
  await page.getByLabel('Also send messages by text (SMS)').uncheck();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Texts are off')).toBeVisible();
});

test.describe('templates', () => {
  test.use({ allowConsole: [/status of 400 .*\/messaging\/templates\/route_assigned\/es/] });

  test('a manager rewords a template, previews it as sent, and goes back to the default', async ({
    page,
  }) => {
    await signIn(page, DEMO.manager);
    await page.goto('/messages?tab=templates');
    const card = page.getByRole('region', { name: 'The DA’s route for a day (roster published or changed)' });
    await card
      .getByRole('button', { name: 'Edit The DA’s route for a day (roster published or changed) in Spanish' })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Message').fill('Hola {firstName}: {day}, ruta {route}, ola {wave}, {gate}.');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Unknown variable {gate}');
    await dialog.getByLabel('Message').fill('Hola {firstName}: {day}, ruta {route}, ola {wave}.');
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await expect(dialog.getByTestId('message-preview')).toContainText(
      'Hola Ana: vie 06/12, ruta CX127, ola 10:20.',
    );
    await expect(dialog.getByTestId('message-preview')).toContainText('1 text · GSM-7');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(card.getByText('Your wording')).toBeVisible();

    await card.getByRole('button', { name: /in Spanish$/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Back to the default wording' }).click();
    await expect(card.getByText('Your wording')).toHaveCount(0);
  });
});

test('a dispatcher reads a DA’s messages on the profile and previews one as the DA would get it', async ({
  page,
}) => {
  await signIn(page, DEMO.dispatcher);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'DAs' }).click();
  await page.getByRole('table').getByRole('link').first().click();
  await page.getByRole('tab', { name: 'Messages' }).click();
  await expect(page.getByRole('region', { name: 'Texts' })).toContainText('In the app only');
  await expect(page.getByTestId('messages').getByRole('row').nth(1)).toBeVisible();
  await page.getByLabel('Message', { exact: true }).selectOption({ label: 'A week’s schedule is published' });
  await expect(page.getByTestId('message-preview')).toContainText(
    /schedule for the week|horario de la semana/,
  );
});
