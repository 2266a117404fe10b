/** The end-to-end app's texting account: the local fake of Twilio's Messages API (e2e/twilio-server.ts). */
export const TWILIO = {
  port: 3998,
  sentPort: 3997,
  accountSid: `AC${'e2e0'.repeat(8)}`,
  authToken: 'e2e-auth-token',
  from: '+15005550006',
} as const;

/** The texts the fake received (what DAs' phones would have got). */
export async function textsSent(): Promise<{ to: string | null; body: string | null }[]> {
  const res = await fetch(`http://127.0.0.1:${TWILIO.sentPort}/`);
  return (await res.json()) as { to: string | null; body: string | null }[];
}
