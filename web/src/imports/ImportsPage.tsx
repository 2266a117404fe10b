import { useQuery } from '@tanstack/react-query';
import { Notice } from '../app/ui/notice.js';
import { PageHeader } from '../app/ui/page.js';
import { QueryStatus } from '../app/ui/status.js';
import { importsApi } from './api.js';
import { ImportHistory } from './ImportHistory.js';
import { ImportWizard } from './ImportWizard.js';

export function ImportsPage() {
  const kinds = useQuery({ queryKey: ['imports', 'kinds'], queryFn: importsApi.kinds, staleTime: 300_000 });
  return (
    <div className="stack-lg">
      <PageHeader
        title="Imports"
        description="Bring in a spreadsheet (CSV or Excel). You see exactly what would change before anything is saved, and a committed import can be undone."
      />
      <QueryStatus query={kinds} />
      {kinds.data && kinds.data.items.length === 0 ? (
        <Notice>Your role cannot import any kind of file.</Notice>
      ) : null}
      {kinds.data && kinds.data.items.length > 0 ? <ImportWizard kinds={kinds.data.items} /> : null}
      <ImportHistory kinds={kinds.data?.items ?? []} />
    </div>
  );
}
