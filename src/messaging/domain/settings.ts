/** An org's messaging settings. */
export interface MessagingSettings {
  /** Texts go out only when the org turns them on: a fresh install texts nobody. */
  smsEnabled: boolean;
  /** Local HH:MM in the DA's station; texts wait from start until end. */
  quietStart: string;
  quietEnd: string;
  /** Texts the org may send a minute (carriers filter bursts; providers cap throughput). */
  ratePerMinute: number;
}

/** The federal quiet hours of telemarketing rules (before 8 am, after 9 pm), kept for every text. */
export const DEFAULT_SETTINGS: MessagingSettings = {
  smsEnabled: false,
  quietStart: '21:00',
  quietEnd: '08:00',
  ratePerMinute: 60,
};

export interface Recipient {
  phone: string | null;
  smsConsentAt: string | null;
}

/** Why a message to this DA stays in the app; null when it is also texted. */
export function whyInAppOnly(settings: MessagingSettings, da: Recipient, optedOutAt: string | null = null) {
  if (!settings.smsEnabled) return 'Texts are turned off for your organisation.';
  if (!da.phone) return 'The DA has no mobile phone on file.';
  if (!da.smsConsentAt) return 'The DA has not agreed to texts.';
  if (optedOutAt) return `The DA replied STOP on ${optedOutAt.slice(0, 10)}.`;
  return null;
}
