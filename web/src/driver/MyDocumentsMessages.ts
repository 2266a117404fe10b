import { defineMessage, defineMessages, type MessageValue } from 'react-intl';

export const MY_DOCUMENTS = defineMessages({
  title: { id: 'me.documents.title', defaultMessage: 'My documents' },
  back: { id: 'me.documents.back', defaultMessage: '‹ Back' },
  license: { id: 'me.documents.license', defaultMessage: 'Driver’s license' },
  dotCard: { id: 'me.documents.dotCard', defaultMessage: 'DOT medical card' },
  notOnFile: { id: 'me.documents.notOnFile', defaultMessage: 'Not on file' },
  validUntil: defineMessage<{ d: MessageValue }>({
    id: 'me.documents.validUntil',
    defaultMessage: 'Valid until {d}',
  }),
  expiresIn: defineMessage<{ n: number }>({
    id: 'me.documents.expiresIn',
    defaultMessage: 'Expires in {n, plural, one {# day} other {# days}}',
  }),
  expiresToday: { id: 'me.documents.expiresToday', defaultMessage: 'Expires today' },
  expired: defineMessage<{ d: MessageValue }>({
    id: 'me.documents.expired',
    defaultMessage: 'Expired on {d}',
  }),
  sendTitle: { id: 'me.documents.sendTitle', defaultMessage: 'Send a renewed card' },
  sendIntro: {
    id: 'me.documents.sendIntro',
    defaultMessage:
      'Take a photo of the new card, or pick a PDF or picture. A manager checks it before it counts.',
  },
  which: { id: 'me.documents.which', defaultMessage: 'Which card?' },
  takePhoto: { id: 'me.documents.takePhoto', defaultMessage: 'Take a photo' },
  chooseFile: { id: 'me.documents.chooseFile', defaultMessage: 'Choose a file (PDF or picture)' },
  chosen: defineMessage<{ n: MessageValue }>({ id: 'me.documents.chosen', defaultMessage: 'Chosen: {n}' }),
  fileHint: { id: 'me.documents.fileHint', defaultMessage: 'PDF, JPEG or PNG, up to 10 MB.' },
  expiry: { id: 'me.documents.expiry', defaultMessage: 'New expiry date' },
  needFile: { id: 'me.documents.needFile', defaultMessage: 'Choose the photo or PDF of the card.' },
  needExpiry: { id: 'me.documents.needExpiry', defaultMessage: 'Give the expiry date.' },
  expiryHint: { id: 'me.documents.expiryHint', defaultMessage: 'As printed on the card.' },
  note: { id: 'me.documents.note', defaultMessage: 'Note for your manager (optional)' },
  send: { id: 'me.documents.send', defaultMessage: 'Send for review' },
  sending: { id: 'me.documents.sending', defaultMessage: 'Sending…' },
  sent: {
    id: 'me.documents.sent',
    defaultMessage: 'Sent. Your manager will check it; you’ll see the result here.',
  },
  myDocuments: { id: 'me.documents.myDocuments', defaultMessage: 'Sent and on file' },
  none: { id: 'me.documents.none', defaultMessage: 'No documents yet.' },
  pending: { id: 'me.documents.pending', defaultMessage: 'Waiting for review' },
  approved: { id: 'me.documents.approved', defaultMessage: 'Approved' },
  rejected: { id: 'me.documents.rejected', defaultMessage: 'Not accepted' },
  rejectedWhy: defineMessage<{ w: MessageValue }>({
    id: 'me.documents.rejectedWhy',
    defaultMessage: 'Why: {w}',
  }),
  noFile: { id: 'me.documents.noFile', defaultMessage: 'Paper copy at the office' },
  open: { id: 'me.documents.open', defaultMessage: 'Open' },
  noRecord: {
    id: 'me.documents.noRecord',
    defaultMessage: 'Your login is not linked to a driver record yet. Ask your manager.',
  },
});

/** types */
export const MY_DOCUMENTS_TYPES = defineMessages({
  drivers_license: { id: 'me.documents.types.drivers_license', defaultMessage: 'Driver’s license' },
  dot_medical_card: { id: 'me.documents.types.dot_medical_card', defaultMessage: 'DOT medical card' },
  background_check: { id: 'me.documents.types.background_check', defaultMessage: 'Background check' },
  mvr: { id: 'me.documents.types.mvr', defaultMessage: 'Motor vehicle record' },
  drug_test: { id: 'me.documents.types.drug_test', defaultMessage: 'Drug test' },
  i9: { id: 'me.documents.types.i9', defaultMessage: 'I-9' },
  w4: { id: 'me.documents.types.w4', defaultMessage: 'W-4' },
  handbook: { id: 'me.documents.types.handbook', defaultMessage: 'Handbook acknowledgement' },
  training: { id: 'me.documents.types.training', defaultMessage: 'Amazon training' },
  other: { id: 'me.documents.types.other', defaultMessage: 'Other' },
});
