import { type ComponentType, lazy, Suspense } from 'react';
import { Loading } from './ui/status.js';

/**
 * A page in a chunk of its own, fetched the first time someone opens it: a DA's phone never
 * downloads the board, and the sign-in page downloads no page behind it. `load` is a literal
 * `import()` so the bundler sees the split.
 */
export function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): ComponentType {
  const Page = lazy(async () => ({ default: pick(await load()) }));
  return function LazyPage() {
    return (
      <Suspense fallback={<Loading />}>
        <Page />
      </Suspense>
    );
  };
}
