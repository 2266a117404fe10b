import { Link } from 'react-router';
import { useTitle } from './ui/page.js';

export function NotFoundPage() {
  useTitle('Page not found');
  return (
    <section className="no-access" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Page not found</h1>
      <p>There is no page at this address.</p>
      <p>
        <Link to="/">Back to the home page</Link>
      </p>
    </section>
  );
}
