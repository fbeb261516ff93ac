// What the renderer knows about who is using the app: profiles on this workstation, sign-in,
// lock. Never a token, a key or a secret: those stay in main.
import { z } from 'zod';

export interface ProfileSummary {
  id: string;
  /** The person's own name (counsel or assistant), shown in the profile picker. */
  personName: string;
  lastUsedAt: string | null;
}

export interface CounselRef {
  counselId: string;
  name: string;
  /** 'self': the person is this counsel; 'assistant': acting by the counsel's delegation. */
  relation: 'self' | 'assistant';
}

export type SignInProgress =
  | { status: 'idle' }
  | { status: 'waiting'; authorizeUrl: string }
  | { status: 'failed'; code: string; message: { sv: string; en: string } };

export type LockReason = 'startup' | 'idle' | 'manual' | 'signedOut' | 'switched';

export type Session =
  /** No profile chosen: the profile picker, and sign-in for a new person. */
  | { state: 'welcome'; profiles: ProfileSummary[]; signIn: SignInProgress }
  /** Signed in for the first time on this workstation: the person chooses a local secret. */
  | { state: 'needsSecret'; personName: string; signIn: SignInProgress }
  /** A profile is chosen but closed: no client data is available until it is unlocked. */
  | { state: 'locked'; profile: ProfileSummary; reason: LockReason; signIn: SignInProgress }
  | {
      state: 'unlocked';
      profile: ProfileSummary;
      roles: ('counsel' | 'assistant')[];
      actsFor: CounselRef[];
      activeCounselId: string | null;
      /** False when the agency sign-in has ended: the data stays readable, sync waits for a new sign-in. */
      signedIn: boolean;
      signIn: SignInProgress;
    };

/** The local secret protects the profile's key; stretched with a memory-hard KDF in main. */
export const SECRET_MIN_LENGTH = 8;
export const secretSchema = z.string().min(SECRET_MIN_LENGTH).max(256);

export const profileIdSchema = z.string().regex(/^[a-z0-9-]{8,64}$/);
export const counselIdSchema = z.string().min(1).max(100).regex(/^[A-Za-z0-9_-]+$/);
