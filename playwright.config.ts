import { defineConfig } from '@playwright/test';
import { TWILIO } from './e2e/twilio.js';

const PORT = 3999;
/** A fresh database every run: the server below starts on an emptied directory and seeds the demo DSP. */
const DATA_DIR = '.tmp/e2e-data';

export default defineConfig({
  testDir: 'e2e',
  // Pictures for review, not checks: only `npm run screenshots` takes them.
  testIgnore: process.env.SCREENSHOTS ? [] : ['**/screenshots.spec.ts'],
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_500 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: [
    {
      // Texts go to a local server that answers like Twilio's Messages API, never to a phone.
      command: 'node --import tsx e2e/twilio-server.ts',
      url: `http://127.0.0.1:${TWILIO.sentPort}/`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // The web server starts before any globalSetup would, so the data directory is emptied here.
      command: `rm -rf ${DATA_DIR} && mkdir -p ${DATA_DIR} && node dist/cli/main.js serve`,
      url: `http://127.0.0.1:${PORT}/api/v1/health`,
      env: {
        PORT: String(PORT),
        HOST: '127.0.0.1',
        DATA_DIR,
        STATIONHAND_DEMO: '1',
        LOG_LEVEL: 'warn',
        SMS_PROVIDER: 'twilio',
        TWILIO_ACCOUNT_SID: TWILIO.accountSid,
        TWILIO_AUTH_TOKEN: TWILIO.authToken,
        TWILIO_FROM: TWILIO.from,
        TWILIO_BASE_URL: `http://127.0.0.1:${TWILIO.port}`,
        PUBLIC_URL: `http://127.0.0.1:${PORT}`,
      },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
