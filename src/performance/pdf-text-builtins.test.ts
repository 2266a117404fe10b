import { expect, it } from 'vitest';
import { scorecardPdf } from './scorecard-pdf-testing.js';

// Taken before pdf.js can be loaded: the natives every API answer is serialised and parsed with.
const native = { stringify: JSON.stringify, parse: JSON.parse, push: Array.prototype.push };

it('reading a PDF leaves JSON and Array.prototype.push as they were', async () => {
  const { pdfPages } = await import('./pdf-text.js');
  const pages = await pdfPages(await scorecardPdf({ week: 'Week 37 - 2025' }));
  expect(pages.length).toBeGreaterThan(0);
  expect({ stringify: JSON.stringify, parse: JSON.parse, push: Array.prototype.push }).toEqual(native);
});
