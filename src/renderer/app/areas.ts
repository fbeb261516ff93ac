/** The product's areas, in menu order. */
export const AREAS = ['appointments', 'claims', 'calendar', 'bookings', 'myDetails', 'queue'] as const;
export type Area = (typeof AREAS)[number];
