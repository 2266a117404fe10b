import { Link } from 'react-router';
import { Notice } from '../app/ui/notice.js';
import type { ImportResult } from './api.js';

/** Rows kept although their Transporter ID (or employee number) matches no DA: said in words, with where to link them. */
export function UnmatchedNotice({ result }: { result: ImportResult }) {
  const u = result.unmatched;
  if (!u) return null;
  return (
    <Notice kind="warning">
      <span data-testid="import-unmatched">{u.message}</span>{' '}
      {u.link ? <Link to={u.link}>Link {u.field}s</Link> : null}
    </Notice>
  );
}
