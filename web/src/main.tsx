import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { IntlProvider } from 'react-intl';
import { BrowserRouter } from 'react-router';
import { App } from './app/App.js';
import { ApiError } from './app/api.js';
import { SessionWatcher } from './app/auth.js';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      refetchOnWindowFocus: false,
      // A 4xx answer will not change by asking again.
      retry: (count, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      {/* The office pages are in English; the DA's phone layout sets the DA's own language inside. */}
      <IntlProvider locale="en-US" defaultLocale="en-US">
        <BrowserRouter>
          <SessionWatcher>
            <App />
          </SessionWatcher>
        </BrowserRouter>
      </IntlProvider>
    </QueryClientProvider>
  </StrictMode>,
);
