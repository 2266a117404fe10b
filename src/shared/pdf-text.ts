/** Text for PDFKit's built-in fonts, which only draw Latin-1: anything else becomes "?" rather than garbage. */
export const latin1 = (v: string | number | Date | null): string =>
  v === null ? '' : String(v).replace(/[^\u0020-\u00ff\u2013\u2014\u2019]/g, '?');
