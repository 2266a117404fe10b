import { countSegments } from '../domain/segments.js';
import { type Log, maskPhone, type SmsProvider } from './provider.js';

/**
 * The default provider: nothing leaves the server. A text is written to the log (never its body) and
 * counted as sent, so an install without a texting account still shows what it would have sent.
 */
export function logProvider(log: Log): SmsProvider {
  return {
    name: 'log',
    send: async (sms) => {
      log.info(
        { messageId: sms.messageId, to: maskPhone(sms.to), segments: countSegments(sms.body).segments },
        'Text not sent: SMS_PROVIDER is log',
      );
      return { kind: 'sent', providerId: `log-${sms.messageId}` };
    },
  };
}
