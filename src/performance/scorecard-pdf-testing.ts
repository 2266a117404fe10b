import PDFDocument from 'pdfkit';

/**
 * Scorecard PDFs for tests, laid out as Amazon's: page 1 has the week, the DSP and station, the overall
 * standing and score and each category with its metrics beneath; older scorecards add the per-DA table
 * (page 2, continued on page 3 under a repeated header); the last page is the appendix of definitions.
 */

export const TABLE_HEADER = [
  '#',
  'Delivery Associate',
  'Transporter ID',
  'Delivered',
  'FICO',
  'Seatbelt Off',
  'Speeding',
  'Distractions',
  'Following Distance',
  'Sign/Signal',
  'CDF DPMO',
  'CED',
  'DCR',
  'DSB',
  'POD',
  'PSB',
  'DSB Count',
  'POD Opps.',
] as const;

export type DaCells = Partial<Record<(typeof TABLE_HEADER)[number], string>>;

export interface ScorecardSpec {
  /** The page's week line; null leaves it out. */
  week?: string | null;
  station?: string | null;
  /** The text beside "Overall Standing:"; null leaves the line out. */
  overall?: string | null;
  /** Category title → the text beside it; a title left out is not on the page. */
  categories?: Record<string, string>;
  /** The per-DA table's rows (cells by header); null: no table (scorecards since October 2025). */
  das?: DaCells[] | null;
  /** Rows per table page before the table goes on overleaf. */
  rowsPerPage?: number;
}

export const scorecardFileName = (station: string, week: number, year: number, dsp = 'ACME') =>
  `US_${dsp}_${station}_Week${week}_${year}_en_DSPScorecard.pdf`;

export const DEFAULT_CATEGORIES: Record<string, string> = {
  'Safety and Compliance': 'Fantastic | 96.20',
  'Delivery Quality': 'Great',
  'Team and Fleet': 'Fantastic',
};

/** A strong DA's row; cells by header. */
export function daCells(rank: number, name: string, transporterId: string, over: DaCells = {}): DaCells {
  return {
    '#': String(rank),
    'Delivery Associate': name,
    'Transporter ID': transporterId,
    Delivered: '1,204',
    FICO: '812',
    'Seatbelt Off': '0',
    Speeding: '0.12',
    Distractions: '0',
    'Following Distance': '0.08',
    'Sign/Signal': '0',
    'CDF DPMO': '1,250',
    CED: '0',
    DCR: '99.61%',
    DSB: '0',
    POD: '99.10%',
    PSB: '-',
    'DSB Count': '0',
    'POD Opps.': '1,180',
    ...over,
  };
}

const MARGIN = 24;
type Doc = InstanceType<typeof PDFDocument>;

function summaryPage(doc: Doc, spec: ScorecardSpec): void {
  doc.font('Helvetica-Bold').fontSize(22).text('DSP Scorecard', MARGIN, MARGIN, { lineBreak: false });
  doc.font('Helvetica').fontSize(12);
  if (spec.week !== null) doc.text(spec.week ?? 'Week 48 - 2026', MARGIN, 56, { lineBreak: false });
  doc.text('DSP: ACME Logistics LLC', MARGIN, 74, { lineBreak: false });
  if (spec.station !== null) doc.text(`Station: ${spec.station ?? 'DAU5'}`, 260, 74, { lineBreak: false });
  if (spec.overall !== null) {
    doc.font('Helvetica-Bold').fontSize(16).text('Overall Standing:', MARGIN, 110, { lineBreak: false });
    doc.text(spec.overall ?? 'Fantastic Plus | 94.12', 190, 110, { lineBreak: false });
  }
  let y = 150;
  for (const [title, value] of Object.entries(spec.categories ?? DEFAULT_CATEGORIES)) {
    doc.font('Helvetica-Bold').fontSize(13).text(`${title}:`, MARGIN, y, { lineBreak: false });
    doc.text(value, 220, y, { lineBreak: false });
    doc.font('Helvetica').fontSize(10);
    // A category's metrics sit beneath it: labels and tiers the reader must not take for the category's.
    doc.text('Delivery Completion Rate (DCR)', MARGIN + 16, y + 18, { lineBreak: false });
    doc.text('99.52% | Great', 260, y + 18, { lineBreak: false });
    y += 48;
  }
  doc.fontSize(8).text('Amazon Confidential', MARGIN, 560, { lineBreak: false });
}

/** Column x and width: narrow rank, wide name and ID, even metric columns. */
function columnBoxes(): { x: number; width: number }[] {
  const widths = TABLE_HEADER.map((h) =>
    h === '#' ? 28 : h === 'Delivery Associate' ? 110 : h === 'Transporter ID' ? 96 : 56,
  );
  let x = MARGIN;
  return widths.map((width) => {
    const box = { x, width: width - 4 };
    x += width;
    return box;
  });
}

function tableRow(doc: Doc, cells: readonly string[], y: number): void {
  const boxes = columnBoxes();
  cells.forEach((text, i) => {
    const box = boxes[i];
    if (!box || text === '') return;
    // Rank, name and ID read left to right; figures are right-aligned as in a spreadsheet.
    const align = i <= 2 ? 'left' : 'right';
    doc.text(text, box.x, y, { width: box.width, align, lineBreak: false });
  });
}

function tablePage(doc: Doc, rows: readonly DaCells[], week: string): void {
  doc.addPage();
  doc
    .font('Helvetica-Bold')
    .fontSize(14)
    .text(`${week} · DA Current Week Performance`, MARGIN, MARGIN, { lineBreak: false });
  doc.font('Helvetica-Bold').fontSize(7);
  tableRow(doc, TABLE_HEADER, 60);
  doc.font('Helvetica');
  rows.forEach((r, i) => {
    tableRow(
      doc,
      TABLE_HEADER.map((h) => r[h] ?? ''),
      78 + i * 14,
    );
  });
}

function appendixPage(doc: Doc): void {
  doc.addPage();
  doc
    .font('Helvetica-Bold')
    .fontSize(14)
    .text('Appendix A: Definitions', MARGIN, MARGIN, { lineBreak: false });
  doc.font('Helvetica').fontSize(9);
  doc.text('Overall Standing is the weighted sum of the category scores.', MARGIN, 60, { lineBreak: false });
  doc.text('Quality measures delivery outcomes for customers.', MARGIN, 74, { lineBreak: false });
}

function render(draw: (doc: Doc) => void): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'TABLOID', layout: 'landscape', margin: MARGIN, autoFirstPage: true });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  draw(doc);
  doc.end();
  return done;
}

export function scorecardPdf(spec: ScorecardSpec = {}): Promise<Buffer> {
  return render((doc) => {
    summaryPage(doc, spec);
    const rows = spec.das ?? [];
    const per = spec.rowsPerPage ?? 30;
    for (let i = 0; i < rows.length; i += per)
      tablePage(doc, rows.slice(i, i + per), spec.week ?? 'Week 48 - 2026');
    appendixPage(doc);
  });
}

/** A scorecard printed and scanned: one picture per page, no text. */
export function scannedPdf(picture: Buffer): Promise<Buffer> {
  return render((doc) => {
    doc.image(picture, MARGIN, MARGIN, { width: 600 });
  });
}
