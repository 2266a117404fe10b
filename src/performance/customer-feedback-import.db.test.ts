import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must } from '../fleet/test-kit.js';
import { csv, dashboardCsv, dashboardRow, givenPerformance, type PerformanceScenario } from './testing.js';

// Issue 5, item 5: "`customer-feedback` (negative CDF rows and concessions)". Shared data-files.md:
// DSP_Customer_Delivery_Feedback_negative_* per-feedback rows; DSP_Delivery_Concessions_* (tracking id, DA, date, type).

const ANA = 'A1B2C3D4E5F6G7';
const STRANGER = 'ASTRANGER0001';

const NEGATIVE = csv(
  ['Delivery Date', 'Delivery Associate', 'Transporter ID', 'Tracking ID', 'Feedback', 'Customer Comments'],
  [
    {
      'Delivery Date': '11/23/2026',
      'Delivery Associate': 'Ana Garcia',
      'Transporter ID': ANA,
      'Tracking ID': 'TBA100',
      Feedback: 'Mishandled package',
    },
    {
      'Delivery Date': '2026-11-24',
      'Delivery Associate': 'Ana Garcia',
      'Transporter ID': ANA,
      'Tracking ID': 'TBA100',
      Feedback: 'Unprofessional',
    },
    {
      'Delivery Date': '2026-11-24',
      'Delivery Associate': 'Sam',
      'Transporter ID': STRANGER,
      'Tracking ID': 'TBA101',
      Feedback: 'Never received',
      'Customer Comments': 'Porch, "back door"',
    },
  ],
);
const CONCESSIONS = csv(
  ['Date', 'DA', 'Transporter ID', 'Tracking ID', 'Concession Type'],
  [
    {
      Date: '2026-11-25',
      DA: 'Ana Garcia',
      'Transporter ID': ANA,
      'Tracking ID': 'TBA100',
      'Concession Type': 'Delivered not received',
    },
  ],
  { bom: false, eol: '\n' },
);

describe('the customer-feedback import kind', () => {
  let s: PerformanceScenario;
  let ana = '';
  const weekDas = async () =>
    must(
      await s.manager.request('GET', `/api/v1/performance/week?stationId=${s.stationId}&week=2026-W48`),
      200,
    ).json().das;

  beforeAll(async () => {
    s = await givenPerformance();
    ana = await s.addDa({ firstName: 'Ana', lastName: 'Garcia', transporterId: ANA });
    await s.importFile(
      'da-weekly',
      'week48.csv',
      dashboardCsv([dashboardRow(ANA, 'Ana Garcia'), dashboardRow(STRANGER, 'Sam')]),
    );
  });
  afterAll(() => s.close());

  it('imports negative feedback and concessions, one package drawing several', async () => {
    expect(
      (await s.importFile('customer-feedback', 'DSP_Customer_Delivery_Feedback_negative.csv', NEGATIVE)).body,
    ).toMatchObject({
      status: 'committed',
      created: 3,
    });
    expect(
      (await s.importFile('customer-feedback', 'DSP_Delivery_Concessions.csv', CONCESSIONS)).body,
    ).toMatchObject({
      created: 1,
    });
    const rows = await s.t.db.db
      .selectFrom('customer_feedback')
      .selectAll()
      .where('org_id', '=', s.org.orgId)
      .orderBy('type')
      .execute();
    expect(rows.map((r) => [r.kind, r.tracking_id, r.type, r.feedback_date, r.driver_id])).toEqual([
      ['concession', 'TBA100', 'Delivered not received', '2026-11-25', ana],
      ['negative_feedback', 'TBA100', 'Mishandled package', '2026-11-23', ana],
      ['negative_feedback', 'TBA101', 'Never received', '2026-11-24', null],
      ['negative_feedback', 'TBA100', 'Unprofessional', '2026-11-24', ana],
    ]);
    expect(rows[2]?.details).toBe('Porch, "back door"');
  });

  it('changes nothing the second time', async () => {
    expect((await s.importFile('customer-feedback', 'again.csv', NEGATIVE)).body).toMatchObject({
      created: 0,
      unchanged: 3,
    });
  });

  it('counts the week’s feedback beside each DA, and lists the unknown ID with all its rows', async () => {
    const das = await weekDas();
    expect(das.find((d: { transporterId: string }) => d.transporterId === ANA)).toMatchObject({
      feedback: 3,
    });
    expect(das.find((d: { transporterId: string }) => d.transporterId === STRANGER)).toMatchObject({
      feedback: 1,
      driverId: null,
    });
    const unknown = must(
      await s.manager.request('GET', '/api/v1/performance/unknown-transporters'),
      200,
    ).json();
    expect(unknown.items).toEqual([
      expect.objectContaining({ transporterId: STRANGER, name: 'Sam', rows: 2 }),
    ]);
    const sam = await s.addDa({ firstName: 'Sam', lastName: 'Lee' });
    const link = await s.manager.request(
      'POST',
      `/api/v1/performance/unknown-transporters/${STRANGER}/link`,
      { driverId: sam },
    );
    expect(must(link, 200).json().rows).toEqual({ daWeeks: 1, safetyEvents: 0, customerFeedback: 1 });
  });

  it('needs a feedback type or a concession type, not both, and stores nothing otherwise', async () => {
    const header = ['Date', 'Transporter ID', 'Tracking ID', 'Feedback', 'Concession Type'];
    const bad = csv(header, [
      {
        Date: '2026-11-26',
        'Transporter ID': ANA,
        'Tracking ID': 'TBA200',
        Feedback: 'Wrong address',
        'Concession Type': 'Damaged',
      },
      { Date: '2026-11-26', 'Transporter ID': ANA, 'Tracking ID': 'TBA201' },
      { Date: '2026-11-31', 'Transporter ID': ANA, 'Tracking ID': 'TBA202', Feedback: 'Late' },
    ]);
    const res = await s.importFile('customer-feedback', 'bad.csv', bad);
    expect(res.body.errors).toEqual([
      {
        row: 2,
        column: 'Feedback',
        message: 'A row is negative feedback or a concession, not both: clear one of the two types.',
      },
      {
        row: 3,
        column: 'Feedback',
        message: 'Give the feedback type (negative feedback) or the concession type.',
      },
      { row: 4, column: 'Date', message: 'Not a real date.' },
    ]);
    const count = await s.t.db.db
      .selectFrom('customer_feedback')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    expect(Number(count?.n)).toBe(4);
  });
});
