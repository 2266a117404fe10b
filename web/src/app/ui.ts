// The UI kit lives by job in ui/<job>.tsx. These re-exports serve only the pages other branches are
// editing now (web/src/money, web/src/driver, schedule's WeekDialogs and SchedulePage); once those are
// merged, point their imports at ui/<job>.js and delete this file.
export { ConfirmDialog, FormDialog } from './ui/dialog.js';
export { Checkbox, fieldError, SelectField, TextAreaField, TextField } from './ui/fields.js';
export { Form, SubmitButton, whyNotReady } from './ui/form.js';
export { ErrorNotice, Notice } from './ui/notice.js';
export { PageHeader, useTitle } from './ui/page.js';
export { Loading, QueryStatus, StatusBadge } from './ui/status.js';
