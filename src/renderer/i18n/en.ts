import type { sv } from './sv.ts';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const en: Shape<typeof sv> = {
  app: {
    name: 'Biträde Desktop',
    skipToContent: 'Skip to content',
    mainNavigation: 'Main menu',
    language: 'Language',
    languageName: { sv: 'Svenska', en: 'English' },
  },
  nav: {
    appointments: 'Appointments',
    claims: 'Cost claims',
    calendar: 'Calendar',
    bookings: 'Bookings',
    myDetails: 'My details',
    queue: 'Queue',
  },
  status: {
    region: 'Connection and sync',
    online: 'Connected to the Migration Agency',
    offline: 'Offline – you are working on the local copy',
    checking: 'Checking the connection …',
    lastContact: 'Last contact {{time}}',
    neverSynced: 'Not synced yet',
    lastSynced: 'Last synced {{time}}',
    syncing: 'Syncing … {{items}} items',
    syncError: 'Sync failed: {{reason}}',
    checkNow: 'Check the connection',
    demoAgency: 'Demo agency',
  },
  pages: {
    appointments: {
      title: 'Appointments',
      intro: 'Your appointments, and those you work on as an assistant, with documents and personal details.',
      empty: 'Appointments appear here once you have signed in and synced with the Migration Agency.',
    },
    claims: {
      title: 'Cost claims',
      intro: 'Cost claims per appointment group: drafts, submitted claims, completion requests and decisions.',
      empty: 'Cost claims are not handled in this version yet.',
    },
    calendar: {
      title: 'Calendar',
      intro: 'Your availability and your bookings, month by month.',
      empty: 'The calendar is not handled in this version yet.',
    },
    bookings: {
      title: 'Bookings',
      intro: 'Upcoming meetings the Migration Agency has booked with you.',
      empty: 'Bookings are not shown in this version yet.',
    },
    myDetails: {
      title: 'My details',
      intro: 'Status for new appointments, payment accounts, assistants and workplaces.',
      empty: 'My details are not handled in this version yet.',
    },
    queue: {
      title: 'Queue',
      intro: 'What you have sent that is waiting to be delivered to the Migration Agency.',
      empty: 'The queue is empty.',
    },
  },
  errors: {
    INVALID_INPUT: 'The details could not be accepted: {{detail}}',
    UNKNOWN_METHOD: 'This function does not exist in this version.',
    FORBIDDEN_SENDER: 'The call did not come from the application window and was stopped.',
    HOST_UNAVAILABLE: 'The application’s background service is not answering. Try again shortly.',
    NOT_SIGNED_IN: 'You need to sign in.',
    LOCKED: 'The application is locked. Unlock it to continue.',
    OFFLINE: 'You are offline. What you do is saved locally and sent when the connection is back.',
    AGENCY_REJECTED: 'The Migration Agency did not accept the change.',
    AGENCY_UNAVAILABLE: 'The Migration Agency is not answering right now.',
    NOT_FOUND: 'What you were looking for no longer exists.',
    CONFLICT: 'Someone else changed the same thing. Review the changes.',
    INTERNAL: 'Something went wrong in the application. Your work is saved.',
  },
};
