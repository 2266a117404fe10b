import type { Provider } from '../pay-periods.js';
import { adpRun } from './adp-run.js';
import { adpWorkforceNow } from './adp-wfn.js';
import type { ExportFile, PeriodExportInput } from './file.js';
import { gusto } from './gusto.js';
import { paychexFlex } from './paychex.js';
import { paycom } from './paycom.js';

export { type ExportFile, type ExportPerson, ExportRefused, type PeriodExportInput } from './file.js';

/** One pure writer per payroll provider: a closed period's frozen totals in, the file's bytes out. */
export const WRITERS: Record<Provider, (input: PeriodExportInput) => ExportFile> = {
  adp_wfn: adpWorkforceNow,
  adp_run: adpRun,
  paychex: paychexFlex,
  gusto,
  paycom,
};

/** What each provider is called, and which items it takes under the org's own code. */
export const PROVIDER_INFO: Record<Provider, { label: string; coded: string[]; companyCode: string | null }> =
  {
    adp_wfn: { label: 'ADP Workforce Now', coded: ['DT', 'MEAL', 'REST'], companyCode: 'Co Code' },
    adp_run: { label: 'ADP RUN', coded: ['REG', 'OT', 'DT', 'MEAL', 'REST'], companyCode: 'IID' },
    paychex: { label: 'Paychex Flex', coded: ['REG', 'OT', 'DT', 'MEAL', 'REST'], companyCode: 'Client ID' },
    gusto: { label: 'Gusto', coded: [], companyCode: null },
    paycom: { label: 'Paycom', coded: ['REG', 'OT', 'DT', 'MEAL', 'REST'], companyCode: null },
  };
