import { formatPhone } from '../people/labels.js';
import type { Preview } from './api.js';
import { LANGUAGE_NAMES, segmentsLabel } from './labels.js';

/** A rendered message as it would be sent: the words, what it costs by text, and who gets it how. */
export function PreviewBox({ preview }: { preview: Preview }) {
  const { delivery, segments } = preview;
  return (
    <div className="message-preview stack" data-testid="message-preview">
      <p className="message-bubble" lang={preview.language}>
        {preview.body}
      </p>
      <p className="muted">
        {LANGUAGE_NAMES[preview.language]} · {segmentsLabel(segments)}
        {segments.encoding === 'UCS-2'
          ? '. A character outside the basic SMS alphabet (á, í, ó, ú, ·, —, emoji) lowers the limit from 160.'
          : null}
      </p>
      {delivery ? (
        <p>
          {delivery.inAppOnlyReason
            ? `In the app only: ${delivery.inAppOnlyReason}`
            : `In the app and by text to ${formatPhone(delivery.phone)}.`}
        </p>
      ) : null}
    </div>
  );
}
