import type { Me } from '../../shared/agency/identity.ts';
import { ContractFailure } from '../../shared/contract/result.ts';
import type { CounselRef, LockReason, Session, SignInProgress } from '../../shared/contract/session.ts';
import { revokeToken } from '../agency/oauth.ts';
import type { Keychain } from '../keychain/keychain.ts';
import { createProfileKey, deleteProfileSecrets, deleteRefreshToken, unwrapProfileKey } from '../profiles/profile-key.ts';
import { summary, type ProfileRegistry, type ProfileRecord } from '../profiles/registry.ts';
import { loadIdentity, saveIdentity } from '../sync/identity.ts';
import { describeError, log } from '../util/log.ts';
import { IdleTimer } from './idle-timer.ts';
import { OpenProfile } from './open-profile.ts';
import { SignInFlow, signInFailure, type SignedIn } from './sign-in.ts';

export interface SessionOptions {
  agencyUrl: string;
  registry: ProfileRegistry;
  keychain: Keychain;
  /** The agency's rule for its e-service: 30 minutes without activity. */
  idleLockMs: number;
  /** scrypt cost for new profiles (tests use a small one). */
  kdfCost?: { N: number; r: number; p: number };
  onChange(session: Session): void;
  onUnlocked(profile: OpenProfile): void;
  /** Before the profile closes: stop whatever uses it. */
  onLocking(profile: OpenProfile): Promise<void>;
  onReachability(reached: boolean): void;
  /** Counts unsent work and discards it when asked (the outbox). */
  unsent?: { count(profile: OpenProfile): number; discard(profile: OpenProfile): void };
}

type State =
  | { kind: 'welcome' }
  | { kind: 'needsSecret'; pending: SignedIn }
  | { kind: 'locked'; profileId: string; reason: LockReason; pending: SignedIn | null }
  | { kind: 'unlocked'; profile: OpenProfile; me: Me | null; activeCounselId: string | null };

const fail = (code: 'INVALID_STATE' | 'PROFILE_NOT_FOUND' | 'PERSON_MISMATCH' | 'NOT_FOUND', message: string): never => {
  throw new ContractFailure({ code, message });
};

/**
 * Who is using the app and whether their profile is open. Holds the one open profile (and so
 * the only copy of its key); locking, switching person and signing out close it.
 */
export class SessionManager {
  readonly #o: SessionOptions;
  #state: State;
  #signIn: SignInProgress = { status: 'idle' };
  #flow: SignInFlow | null = null;
  readonly #idle: IdleTimer;
  /** One state change at a time: unlock, lock and sign-in completion never interleave. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: SessionOptions) {
    this.#o = options;
    this.#idle = new IdleTimer(options.idleLockMs, () => void this.lock('idle'));
    const profiles = options.registry.list();
    this.#state = profiles.length === 1 ? { kind: 'locked', profileId: profiles[0]!.id, reason: 'startup', pending: null } : { kind: 'welcome' };
  }

  #serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  get openProfile(): OpenProfile | null {
    return this.#state.kind === 'unlocked' ? this.#state.profile : null;
  }

  /** The signed-in person's agency id, for "sent by me". */
  get personId(): string | null {
    return this.#state.kind === 'unlocked' ? this.#state.profile.record.personId : null;
  }

  get activeCounselId(): string | null {
    return this.#state.kind === 'unlocked' ? this.#state.activeCounselId : null;
  }

  session(): Session {
    const s = this.#state;
    const signIn = this.#signIn;
    switch (s.kind) {
      case 'welcome':
        return { state: 'welcome', profiles: this.#o.registry.list().map(summary), signIn };
      case 'needsSecret':
        return { state: 'needsSecret', personName: s.pending.me.person.name, signIn };
      case 'locked': {
        const record = this.#o.registry.get(s.profileId);
        return record ? { state: 'locked', profile: summary(record), reason: s.reason, signIn } : { state: 'welcome', profiles: [], signIn };
      }
      case 'unlocked':
        return {
          state: 'unlocked',
          profile: summary(s.profile.record),
          roles: s.me?.roles ?? [],
          actsFor: (s.me?.actsFor ?? []) as CounselRef[],
          activeCounselId: s.activeCounselId,
          signedIn: s.profile.tokens.signedIn,
          signIn,
        };
    }
  }

  #set(state: State): Session {
    this.#state = state;
    const session = this.session();
    this.#o.onChange(session);
    return session;
  }

  #emit(): void {
    this.#o.onChange(this.session());
  }

  // --- Sign-in ---------------------------------------------------------------------------

  async beginSignIn(): Promise<{ authorizeUrl: string }> {
    if (this.#state.kind === 'needsSecret') fail('INVALID_STATE', 'Choose a local secret first');
    this.#flow?.cancel();
    const flow = await SignInFlow.start(this.#o.agencyUrl);
    this.#flow = flow;
    this.#signIn = { status: 'waiting', authorizeUrl: flow.authorizeUrl };
    this.#emit();
    flow.done.then(
      (signedIn) =>
        this.#serial(() => this.#completeSignIn(flow, signedIn)).catch((error: unknown) => {
          log('error', 'sign-in.complete', { detail: describeError(error) });
          this.#signIn = { status: 'failed', ...signInFailure(error) };
          this.#emit();
        }),
      (error: unknown) => {
        if (this.#flow !== flow) return;
        this.#flow = null;
        this.#signIn = { status: 'failed', ...signInFailure(error) };
        this.#emit();
      },
    );
    return { authorizeUrl: flow.authorizeUrl };
  }

  cancelSignIn(): Session {
    this.#flow?.cancel();
    this.#flow = null;
    this.#signIn = { status: 'idle' };
    if (this.#state.kind === 'needsSecret') return this.#set({ kind: 'welcome' });
    return this.#set(this.#state);
  }

  async #completeSignIn(flow: SignInFlow, signedIn: SignedIn): Promise<void> {
    if (this.#flow !== flow) return;
    this.#flow = null;
    this.#signIn = { status: 'idle' };
    const personId = signedIn.me.person.id;
    const s = this.#state;
    if (s.kind === 'unlocked') {
      if (s.profile.record.personId !== personId) {
        this.#signIn = {
          status: 'failed',
          code: 'PERSON_MISMATCH',
          message: {
            sv: `Du loggade in som ${signedIn.me.person.name}, men den öppna profilen tillhör ${s.profile.record.personName}. Byt person först.`,
            en: `You signed in as ${signedIn.me.person.name}, but the open profile belongs to ${s.profile.record.personName}. Switch person first.`,
          },
        };
        this.#emit();
        return;
      }
      await s.profile.tokens.accept(signedIn.tokens);
      saveIdentity(s.profile.db, signedIn.me);
      this.#set({ ...s, me: signedIn.me, activeCounselId: s.activeCounselId ?? defaultCounsel(signedIn.me) });
      this.#o.onUnlocked(s.profile);
      return;
    }
    const existing = this.#o.registry.findByPerson(personId);
    if (existing) this.#set({ kind: 'locked', profileId: existing.id, reason: 'startup', pending: signedIn });
    else this.#set({ kind: 'needsSecret', pending: signedIn });
  }

  // --- Profiles ----------------------------------------------------------------------------

  createProfile(secret: string): Promise<Session> {
    return this.#serial(async () => {
      const s = this.#state;
      if (s.kind !== 'needsSecret') return fail('INVALID_STATE', 'There is no new sign-in waiting for a secret');
      const { me } = s.pending;
      const registry = this.#o.registry;
      const id = registry.newId();
      const { key, kdf } = await createProfileKey(this.#o.keychain, id, secret, this.#o.kdfCost);
      const record: ProfileRecord = { id, personId: me.person.id, personName: me.person.name, createdAt: new Date().toISOString(), lastUsedAt: null, kdf };
      registry.add(record);
      return this.#open(record, key, s.pending);
    });
  }

  chooseProfile(profileId: string): Session {
    if (this.#state.kind === 'unlocked' || this.#state.kind === 'needsSecret') fail('INVALID_STATE', 'Lock or finish first');
    if (!this.#o.registry.get(profileId)) fail('PROFILE_NOT_FOUND', 'No such profile');
    return this.#set({ kind: 'locked', profileId, reason: 'switched', pending: null });
  }

  unlock(profileId: string, secret: string): Promise<Session> {
    return this.#serial(async () => {
      const s = this.#state;
      if (s.kind === 'unlocked' && s.profile.record.id === profileId) return this.session();
      if (s.kind === 'unlocked' || s.kind === 'needsSecret') return fail('INVALID_STATE', 'Another profile is open');
      const record = this.#o.registry.get(profileId) ?? fail('PROFILE_NOT_FOUND', 'No such profile');
      const key = await unwrapProfileKey(this.#o.keychain, record.id, record.kdf, secret);
      const pending = s.kind === 'locked' && s.profileId === profileId ? s.pending : null;
      return this.#open(record, key, pending);
    });
  }

  async #open(record: ProfileRecord, key: Buffer, pending: SignedIn | null): Promise<Session> {
    let profile: OpenProfile;
    try {
      profile = await OpenProfile.open({
        record,
        dir: this.#o.registry.dir(record.id),
        key,
        keychain: this.#o.keychain,
        agencyUrl: this.#o.agencyUrl,
        onSignInRequired: () => this.#emit(),
        onReachability: this.#o.onReachability,
      });
    } catch (error) {
      key.fill(0);
      throw error;
    }
    let me: Me | null;
    try {
      if (pending) {
        await profile.tokens.accept(pending.tokens);
        saveIdentity(profile.db, pending.me);
      }
      me = pending?.me ?? loadIdentity(profile.db);
      this.#o.registry.touch(record.id, new Date().toISOString());
    } catch (error) {
      // Nothing may stay open, nor the key stay in memory, when an unlock fails half-way.
      profile.close();
      throw error;
    }
    const session = this.#set({ kind: 'unlocked', profile, me, activeCounselId: me ? defaultCounsel(me) : null });
    this.touch();
    this.#o.onUnlocked(profile);
    log('info', 'profile.unlocked', {});
    return session;
  }

  /** Updates whom the person acts for after a sync, keeping their choice when still valid. */
  identityChanged(me: Me): void {
    const s = this.#state;
    if (s.kind !== 'unlocked') return;
    const keep = s.activeCounselId && me.actsFor.some((a) => a.counselId === s.activeCounselId);
    this.#set({ ...s, me, activeCounselId: keep ? s.activeCounselId : defaultCounsel(me) });
  }

  selectCounsel(counselId: string): Session {
    const s = this.#state;
    if (s.kind !== 'unlocked') return fail('INVALID_STATE', 'No profile is open');
    if (!s.me?.actsFor.some((a) => a.counselId === counselId)) return fail('NOT_FOUND', 'The person does not act for that counsel');
    return this.#set({ ...s, activeCounselId: counselId });
  }

  // --- Lock, sign out, remove ----------------------------------------------------------

  lock(reason: LockReason = 'manual'): Promise<Session> {
    return this.#serial(() => this.#lock(reason));
  }

  async #lock(reason: LockReason): Promise<Session> {
    const s = this.#state;
    if (s.kind !== 'unlocked') return this.session();
    this.#idle.stop();
    await this.#o.onLocking(s.profile).catch((error: unknown) => log('error', 'profile.locking', { detail: describeError(error) }));
    // A renewal under way saves its rotated token with the key while it still exists.
    await s.profile.tokens.settled();
    s.profile.close();
    log('info', 'profile.locked', { reason });
    return this.#set({ kind: 'locked', profileId: s.profile.record.id, reason, pending: null });
  }

  switchPerson(): Promise<Session> {
    return this.#serial(async () => {
      await this.#lock('switched');
      this.#flow?.cancel();
      this.#flow = null;
      this.#signIn = { status: 'idle' };
      return this.#set({ kind: 'welcome' });
    });
  }

  unsentCount(): number {
    const profile = this.openProfile;
    return profile && this.#o.unsent ? this.#o.unsent.count(profile) : 0;
  }

  /** Ends the agency sign-in on this computer. Unsent work stays in the profile unless discarded. */
  signOut(discardUnsent: boolean): Promise<Session> {
    return this.#serial(async () => {
      const s = this.#state;
      if (s.kind !== 'unlocked') return fail('INVALID_STATE', 'No profile is open');
      const refresh = s.profile.tokens.refreshToken;
      s.profile.tokens.clear();
      await s.profile.tokens.settled();
      await deleteRefreshToken(this.#o.keychain, s.profile.record.id);
      if (refresh) await revokeToken(this.#o.agencyUrl, refresh);
      if (discardUnsent) this.#o.unsent?.discard(s.profile);
      await this.#lock('signedOut');
      return this.#set({ kind: 'welcome' });
    });
  }

  removeProfile(profileId: string): Promise<Session> {
    return this.#serial(async () => {
      const record = this.#o.registry.get(profileId) ?? fail('PROFILE_NOT_FOUND', 'No such profile');
      if (this.#state.kind === 'unlocked' && this.#state.profile.record.id === profileId) await this.#lock('manual');
      await deleteProfileSecrets(this.#o.keychain, record.id);
      this.#o.registry.remove(record.id);
      log('info', 'profile.removed', {});
      return this.#set({ kind: 'welcome' });
    });
  }

  // --- Inactivity --------------------------------------------------------------------------

  /** Activity in the window: the inactivity lock starts counting again. */
  touch(): void {
    if (this.#state.kind === 'unlocked') this.#idle.touch();
  }

  async close(): Promise<void> {
    this.#flow?.cancel();
    await this.lock('manual');
  }
}

/** The counsel shown first: the person themselves when they are counsel, else the first they assist. */
function defaultCounsel(me: Me): string | null {
  return (me.actsFor.find((a) => a.relation === 'self') ?? me.actsFor[0])?.counselId ?? null;
}
