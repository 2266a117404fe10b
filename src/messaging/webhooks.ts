import type { Db } from '../db/database.js';
import { findDriversByPhone } from '../people/store.js';
import { findOrgById } from '../tenancy/store.js';
import { optIn, optOut, optOutAtProvider } from './consent.js';
import { parseKeyword } from './domain/keywords.js';
import { keywordReply } from './domain/replies.js';
import { findTextByProviderId, settleSentText } from './outbox-store.js';
import { maskPhone } from './providers/provider.js';

export interface TwilioStatusReport {
  messageSid: string;
  status: string;
  errorCode: string | null;
}

/** Twilio's error code for a recipient who replied STOP to the sending number. */
const UNSUBSCRIBED = '21610';

/**
 * A delivery report from Twilio: delivered, or not (undelivered / failed). Interim states (queued,
 * sending, sent) change nothing. Answers whether a text changed.
 */
export async function recordTwilioStatus(
  db: Db,
  report: TwilioStatusReport,
  now = new Date(),
): Promise<boolean> {
  const delivered = report.status === 'delivered';
  if (!delivered && report.status !== 'undelivered' && report.status !== 'failed') return false;
  return db.transaction().execute(async (trx) => {
    const text = await findTextByProviderId(trx, 'twilio', report.messageSid);
    if (!text) return false;
    const at = now.toISOString();
    if (delivered) return settleSentText(trx, text, { status: 'delivered', at, error: null });
    const code = report.errorCode ? `, error ${report.errorCode}` : '';
    const error = `Not delivered (Twilio: ${report.status}${code}).`;
    const blocked = report.errorCode === UNSUBSCRIBED;
    const changed = await settleSentText(trx, text, { status: blocked ? 'blocked' : 'failed', at, error });
    if (changed && blocked && text.to_phone) {
      await optOutAtProvider(trx, { org_id: text.org_id, phone: text.to_phone, at, provider: 'twilio' });
    }
    return changed;
  });
}

/**
 * A text to the sending number. STOP (and its synonyms, in English or Spanish) opts the number out in
 * every org it is a DA's number in; START opts it back in; HELP answers who is texting. Answers the
 * reply to send back, or null. Twilio itself confirms its English STOP and START keywords on a long code
 * (and refuses any text after STOP), so only HELP and the Spanish keywords it does not know get ours.
 */
export async function handleInboundText(
  db: Db,
  text: { from: string; body: string },
  now = new Date(),
): Promise<string | null> {
  const keyword = parseKeyword(text.body);
  if (!keyword) return null;
  const das = await findDriversByPhone(db, text.from);
  const orgIds = [...new Set(das.map((d) => d.org_id))];
  const by = `Text ${keyword.word} from ${maskPhone(text.from)}`;
  await db.transaction().execute(async (trx) => {
    for (const orgId of orgIds) {
      if (keyword.action === 'stop') {
        const row = {
          org_id: orgId,
          phone: text.from,
          opted_out_at: now.toISOString(),
          source: 'keyword',
          keyword: keyword.word,
        } as const;
        await optOut(trx, row, by);
      }
      if (keyword.action === 'start') await optIn(trx, orgId, text.from, by);
    }
  });
  if (keyword.action !== 'help' && keyword.language !== 'es') return null;
  const names = await Promise.all(orgIds.map(async (id) => (await findOrgById(db, id))?.name ?? ''));
  const language = keyword.language ?? das[0]?.language ?? 'en';
  return keywordReply(keyword.action, language, names.filter(Boolean));
}
