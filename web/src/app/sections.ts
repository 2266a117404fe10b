import type { Permission } from './types.js';

interface Section {
  to: string;
  label: string;
  /** Who may open it; everyone else is shown "You don't have access" and no link to it. */
  permission: Permission;
  /** The page, as "You don't have access" names it: "<what> is only available to …". */
  what: string;
  /** What it is for, shown when the pointer rests on its menu link. */
  blurb: string;
}

/** The staff pages behind a permission, in menu order: one list for the routes, the menu and the home page. */
export const SECTIONS = [
  {
    to: '/stations',
    label: 'Stations',
    permission: 'stations.read',
    what: 'The stations list',
    blurb: 'The delivery stations you run, with their time zones.',
  },
  {
    to: '/drivers',
    label: 'DAs',
    permission: 'people.read',
    what: 'The DA list',
    blurb: 'Your Delivery Associates: profiles, licenses and who is cleared to drive today.',
  },
  {
    to: '/onboarding',
    label: 'Onboarding',
    permission: 'people.read',
    what: 'The onboarding board',
    blurb: 'Applicants and new hires, step by step, until they may drive.',
  },
  {
    to: '/documents',
    label: 'Documents',
    permission: 'people.read',
    what: 'Documents',
    blurb: 'Licenses, DOT cards and checks to renew, and DAs’ uploads to review.',
  },
  {
    to: '/fleet',
    label: 'Fleet',
    permission: 'fleet.read',
    what: 'The fleet list',
    blurb: 'Your vans: status, ownership, and maintenance due and overdue.',
  },
  {
    to: '/readiness',
    label: 'Readiness',
    permission: 'fleet.read',
    what: 'The readiness page',
    blurb: 'Which vans can go out today and which DAs are cleared to drive, with the reasons why not.',
  },
  {
    to: '/schedule',
    label: 'Schedule',
    permission: 'schedule.read',
    what: 'The week schedule',
    blurb: 'Who works which day this week: demand, shifts, standbys, time off and publishing.',
  },
  {
    to: '/dispatch',
    label: 'Dispatch',
    permission: 'dispatch.read',
    what: 'The dispatch board',
    blurb: 'The morning roster: routes, DAs and vans by wave, callouts and rescues.',
  },
  {
    to: '/timecards',
    label: 'Timecards',
    permission: 'payroll.read',
    what: 'Timecards',
    blurb: 'Each DA’s week from their punches: regular, overtime and double time, and the rules in force.',
  },
  {
    to: '/payroll-exceptions',
    label: 'Payroll exceptions',
    permission: 'payroll.read',
    what: 'The payroll exceptions queue',
    blurb: 'Missing punches, late meals, long days and overtime to settle before payday.',
  },
  {
    to: '/pay-periods',
    label: 'Pay periods',
    permission: 'payroll.read',
    what: 'Pay periods',
    blurb: 'Close each pay period once its exceptions are settled, and export it to your payroll provider.',
  },
  {
    to: '/messages',
    label: 'Messages',
    permission: 'messages.read',
    what: 'Messages',
    blurb: 'What DAs were told, in the app and by text, and whether it reached them.',
  },
  {
    to: '/performance',
    label: 'Performance',
    permission: 'performance.read',
    what: 'The performance pages',
    blurb: 'Amazon’s weekly figures per DA, tiers, trends and what would raise next week’s score.',
  },
  {
    to: '/money',
    label: 'Money',
    permission: 'money.read',
    what: 'The money pages',
    blurb:
      'Invoices, WST and deposits checked: discrepancies with evidence, disputes and what was recovered.',
  },
  {
    to: '/money-week',
    label: 'Week reconciliation',
    permission: 'money.read',
    what: 'The week reconciliation',
    blurb: 'A station’s week: what your records expect against WST, the invoice and the deposit.',
  },
  {
    to: '/coaching',
    label: 'Coaching',
    permission: 'coaching.read',
    what: 'Coaching',
    blurb:
      'Rules that turn safety events and weekly figures into coaching, what DAs answered, and did it work.',
  },
  {
    to: '/risk',
    label: 'Risk ledger',
    permission: 'money.read',
    what: 'The risk ledger',
    blurb:
      'What overruns, rescues, late trucks, late cancels, long days’ premiums and damage cost you, beside what Amazon paid.',
  },
  {
    to: '/users',
    label: 'People',
    permission: 'users.read',
    what: 'The people list',
    blurb: 'Accounts, roles and which stations each person works.',
  },
  {
    to: '/imports',
    label: 'Imports',
    permission: 'imports.run',
    what: 'Importing files',
    blurb: 'Bring in spreadsheets (CSV or Excel), preview, commit, undo.',
  },
  {
    to: '/audit',
    label: 'Audit log',
    permission: 'audit.read',
    what: 'The audit log',
    blurb: 'Who changed what, and when.',
  },
  {
    to: '/tokens',
    label: 'API tokens',
    permission: 'tokens.manage',
    what: 'API tokens',
    blurb: 'Keys for scripts and integrations.',
  },
  {
    to: '/settings',
    label: 'Settings',
    permission: 'org.settings',
    what: 'Organisation settings',
    blurb: 'Organisation name and two-factor policy.',
  },
] as const satisfies readonly Section[];

export type SectionPath = (typeof SECTIONS)[number]['to'];
