/**
 * The demo data set, as a roster of cases: who, from where, and what has happened so far, in
 * days relative to the agency's today. Names are realistic; "Göran" from Somalia is here so that
 * the manual's filter example ("Göran Somalia") finds exactly one appointment.
 */

export type ClaimStage = 'draft' | 'submitted' | 'processing' | 'completion' | 'decided_full' | 'decided_partial' | 'appealed' | 'related';

export interface DemoMember {
  name: string;
  birthDate: string;
  protectedContact?: boolean;
}

export interface DemoCase {
  key: string;
  counsel: 'anna' | 'erik' | 'johan';
  citizenship: string;
  members: DemoMember[];
  startedDaysAgo: number;
  workplace?: string;
  /** Decision in the asylum case of every member: outcome and days since notification. */
  decision?: { outcome: 'granted' | 'refused'; notifiedDaysAgo: number };
  /** Days since the appointment ended, or 'expiring' for one whose three months end tomorrow. */
  endedDaysAgo?: number | 'expiring';
  released?: { member: number; daysAgo: number };
  handedToCourtDaysAgo?: number;
  claim?: ClaimStage;
  /** Counsel or assistant who sent an inlaga in this case. */
  inlagaBy?: 'anna' | 'maria' | 'sara' | 'erik' | 'johan';
  bigFile?: boolean;
}

export const DEMO_CASES: readonly DemoCase[] = [
  { key: 'goran', counsel: 'anna', citizenship: 'Somalia', members: [{ name: 'Göran Abdi Warsame', birthDate: '1991-04-17' }], startedDaysAgo: 34, inlagaBy: 'maria' },
  {
    key: 'alkhalil',
    counsel: 'anna',
    citizenship: 'Syrien',
    members: [
      { name: 'Ahmad Al-Khalil', birthDate: '1982-09-03' },
      { name: 'Rania Al-Khalil', birthDate: '1986-01-22' },
      { name: 'Omar Al-Khalil', birthDate: '2012-06-30' },
      { name: 'Lina Al-Khalil', birthDate: '2016-11-08' },
    ],
    startedDaysAgo: 75,
    claim: 'draft',
    inlagaBy: 'anna',
    bigFile: true,
  },
  { key: 'rahimi', counsel: 'anna', citizenship: 'Afghanistan', members: [{ name: 'Mohammad Rahimi', birthDate: '1998-02-14' }], startedDaysAgo: 120, decision: { outcome: 'refused', notifiedDaysAgo: 10 }, claim: 'submitted' },
  { key: 'tesfay', counsel: 'anna', citizenship: 'Eritrea', members: [{ name: 'Yonas Tesfay', birthDate: '1995-07-01' }], startedDaysAgo: 160, decision: { outcome: 'granted', notifiedDaysAgo: 45 }, claim: 'processing' },
  {
    key: 'haddad',
    counsel: 'anna',
    citizenship: 'Irak',
    members: [
      { name: 'Karim Haddad', birthDate: '1979-12-12' },
      { name: 'Noor Haddad', birthDate: '1984-03-05' },
    ],
    startedDaysAgo: 200,
    decision: { outcome: 'granted', notifiedDaysAgo: 60 },
    claim: 'completion',
  },
  { key: 'kovalenko', counsel: 'anna', citizenship: 'Ukraina', members: [{ name: 'Olena Kovalenko', birthDate: '1975-05-19' }], startedDaysAgo: 240, decision: { outcome: 'granted', notifiedDaysAgo: 90 }, claim: 'decided_full' },
  { key: 'farah', counsel: 'anna', citizenship: 'Somalia', members: [{ name: 'Abdullahi Farah', birthDate: '1989-10-10' }], startedDaysAgo: 150, decision: { outcome: 'refused', notifiedDaysAgo: 30 }, claim: 'decided_partial' },
  { key: 'noori', counsel: 'anna', citizenship: 'Afghanistan', members: [{ name: 'Fatima Noori', birthDate: '2001-08-25' }], startedDaysAgo: 180, decision: { outcome: 'granted', notifiedDaysAgo: 70 }, claim: 'appealed' },
  { key: 'haile', counsel: 'anna', citizenship: 'Eritrea', members: [{ name: 'Dawit Haile', birthDate: '1993-01-30' }], startedDaysAgo: 260, decision: { outcome: 'granted', notifiedDaysAgo: 100 }, claim: 'related' },
  { key: 'aziz', counsel: 'anna', citizenship: 'Syrien', members: [{ name: 'Samir Aziz', birthDate: '1970-04-04' }], startedDaysAgo: 300, decision: { outcome: 'granted', notifiedDaysAgo: 80 }, endedDaysAgo: 40 },
  { key: 'hussein', counsel: 'anna', citizenship: 'Irak', members: [{ name: 'Hussein Ali Salman', birthDate: '1988-06-16' }], startedDaysAgo: 320, decision: { outcome: 'granted', notifiedDaysAgo: 120 }, endedDaysAgo: 'expiring' },
  {
    key: 'yusuf',
    counsel: 'anna',
    citizenship: 'Somalia',
    members: [
      { name: 'Hodan Yusuf', birthDate: '1990-02-02' },
      { name: 'Amina Yusuf', birthDate: '2008-09-09' },
    ],
    startedDaysAgo: 60,
    released: { member: 1, daysAgo: 3 },
  },
  {
    key: 'gebre',
    counsel: 'anna',
    citizenship: 'Eritrea',
    members: [{ name: 'Tesfaye Gebre', birthDate: '1985-12-24' }],
    startedDaysAgo: 210,
    decision: { outcome: 'refused', notifiedDaysAgo: 50 },
    handedToCourtDaysAgo: 20,
  },
  { key: 'ahmadi', counsel: 'anna', citizenship: 'Afghanistan', members: [{ name: 'Leyla Ahmadi', birthDate: '1997-03-13', protectedContact: true }], startedDaysAgo: 45, inlagaBy: 'sara' },
  { key: 'karimi', counsel: 'anna', citizenship: 'Afghanistan', members: [{ name: 'Nadia Karimi', birthDate: '2003-10-02', protectedContact: true }], startedDaysAgo: 20, workplace: 'wpl_anna_solna' },
  {
    key: 'mahmoud',
    counsel: 'anna',
    citizenship: 'Syrien',
    members: [
      { name: 'Khaled Mahmoud', birthDate: '1980-07-07' },
      { name: 'Huda Mahmoud', birthDate: '1983-08-18' },
      { name: 'Yusuf Mahmoud', birthDate: '2010-01-15' },
    ],
    startedDaysAgo: 12,
  },
  { key: 'shevchenko', counsel: 'anna', citizenship: 'Ukraina', members: [{ name: 'Iryna Shevchenko', birthDate: '1992-11-11' }], startedDaysAgo: 90, decision: { outcome: 'refused', notifiedDaysAgo: 0 } },
  { key: 'mohamed', counsel: 'anna', citizenship: 'Somalia', members: [{ name: 'Ali Hassan Mohamed', birthDate: '1987-05-05' }], startedDaysAgo: 140, decision: { outcome: 'refused', notifiedDaysAgo: 25 } },
  {
    key: 'bashir',
    counsel: 'erik',
    citizenship: 'Afghanistan',
    members: [
      { name: 'Hamid Sultani', birthDate: '1976-02-20' },
      { name: 'Zahra Sultani', birthDate: '1980-12-01' },
      { name: 'Reza Sultani', birthDate: '2009-04-14' },
    ],
    startedDaysAgo: 50,
    inlagaBy: 'sara',
  },
  { key: 'mehari', counsel: 'erik', citizenship: 'Eritrea', members: [{ name: 'Mehari Kidane', birthDate: '1996-09-30' }], startedDaysAgo: 110, decision: { outcome: 'granted', notifiedDaysAgo: 15 }, claim: 'submitted' },
  {
    key: 'jabbari',
    counsel: 'erik',
    citizenship: 'Irak',
    members: [
      { name: 'Haider Al-Jabouri', birthDate: '1981-03-03' },
      { name: 'Zainab Al-Jabouri', birthDate: '1985-05-25' },
    ],
    startedDaysAgo: 30,
  },
  {
    key: 'petrenko',
    counsel: 'erik',
    citizenship: 'Ukraina',
    members: [
      { name: 'Natalia Petrenko', birthDate: '1978-10-21' },
      { name: 'Bohdan Petrenko', birthDate: '2011-02-28' },
    ],
    startedDaysAgo: 95,
    decision: { outcome: 'granted', notifiedDaysAgo: 35 },
    claim: 'decided_partial',
  },
  { key: 'warsame', counsel: 'erik', citizenship: 'Somalia', members: [{ name: 'Fadumo Osman', birthDate: '1999-06-06', protectedContact: true }], startedDaysAgo: 15 },
  { key: 'hashimi', counsel: 'erik', citizenship: 'Afghanistan', members: [{ name: 'Jawad Hashimi', birthDate: '2000-01-01' }], startedDaysAgo: 130, decision: { outcome: 'refused', notifiedDaysAgo: 18 } },
  {
    key: 'ibrahim',
    counsel: 'johan',
    citizenship: 'Syrien',
    members: [
      { name: 'Bilal Ibrahim', birthDate: '1990-12-19' },
      { name: 'Reem Ibrahim', birthDate: '1993-04-27' },
    ],
    startedDaysAgo: 40,
    inlagaBy: 'johan',
  },
  { key: 'abdi', counsel: 'johan', citizenship: 'Somalia', members: [{ name: 'Ismail Abdi', birthDate: '1994-08-08' }], startedDaysAgo: 70, decision: { outcome: 'granted', notifiedDaysAgo: 8 } },
  { key: 'tekle', counsel: 'johan', citizenship: 'Eritrea', members: [{ name: 'Senait Tekle', birthDate: '1997-12-03' }], startedDaysAgo: 25 },
  { key: 'moradi', counsel: 'johan', citizenship: 'Afghanistan', members: [{ name: 'Mustafa Moradi', birthDate: '1986-07-29' }], startedDaysAgo: 100, decision: { outcome: 'granted', notifiedDaysAgo: 40 }, claim: 'processing' },
];
