import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { DA, DEMO, expect, signIn, signInDa, test } from './fixtures.js';

// Issue 13, item 8: a DA's phone never downloads the office's pages (the board, the scheduler, the
// desktop shell), and every script comes long-cached and compressed. Chunks are found by their source
// module in Vite's manifest, so the check does not lean on how files happen to be named.
const manifest = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../web/dist/.vite/manifest.json'), 'utf8'),
) as Record<string, { file: string }>;

function chunkOf(source: string): string {
  const entry = manifest[source];
  if (!entry) throw new Error(`${source} is not a chunk of the build`);
  return `/${entry.file}`;
}

const OFFICE_CHUNKS = [
  'src/dispatch/BoardPage.tsx',
  'src/schedule/SchedulePage.tsx',
  'src/app/StaffRoutes.tsx',
].map(chunkOf);

/** The scripts the page asks for from here on, by path, with their responses' headers. */
function recordScripts(page: Page): Map<string, Record<string, string>> {
  const scripts = new Map<string, Record<string, string>>();
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') {
      scripts.set(new URL(response.url()).pathname, response.headers());
    }
  });
  return scripts;
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("a DA's /me loads the phone layout and no chunk of the board or the scheduler", async ({ page }) => {
    const scripts = recordScripts(page);
    await signInDa(page, DA.spanish, 'es');
    await expect(page).toHaveURL('/me');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Hola,');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Hola,');

    expect([...scripts.keys()]).toContain(chunkOf('src/driver/DriverRoutes.tsx'));
    for (const chunk of OFFICE_CHUNKS) expect([...scripts.keys()]).not.toContain(chunk);
    for (const [file, headers] of scripts) {
      expect(file).toMatch(/^\/assets\//);
      expect(headers['cache-control'], file).toBe('public, max-age=31536000, immutable');
      expect(headers['content-encoding'], file).toMatch(/^(br|gzip)$/);
    }
  });
});

test('the office opens the board from its own chunk', async ({ page }) => {
  const scripts = recordScripts(page);
  await signIn(page, DEMO.owner);
  await page.goto('/dispatch');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect([...scripts.keys()]).toEqual(expect.arrayContaining([chunkOf('src/dispatch/BoardPage.tsx')]));
  expect([...scripts.keys()]).not.toContain(chunkOf('src/driver/DriverRoutes.tsx'));
});
