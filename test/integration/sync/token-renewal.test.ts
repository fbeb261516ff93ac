import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgencyError } from '../../../src/main/agency/errors.ts';
import { TokenManager } from '../../../src/main/agency/token-manager.ts';
import { startDemoAgency, type DemoAgency } from '../../support/agency.ts';
import { signInAs } from '../../support/sign-in.ts';

let agency: DemoAgency;
beforeAll(async () => {
  agency = await startDemoAgency();
});
afterAll(() => agency.close());

describe('renewing the sign-in', () => {
  it('never brings tokens back after a sign-out that happened while the renewal was on its way', async () => {
    const saved: string[] = [];
    let signInRequired = 0;
    const tokens = new TokenManager(
      { agencyUrl: agency.url, saveRefreshToken: async (t) => void saved.push(t), onSignInRequired: () => signInRequired++ },
      (await signInAs(agency.url, 'anna')).refresh_token,
    );
    const renewal = tokens.accessToken();
    tokens.clear();
    await expect(renewal).rejects.toBeInstanceOf(AgencyError);
    expect(saved).toEqual([]);
    expect(tokens.signedIn).toBe(false);
    // A sign-out is not an expired sign-in: nobody is asked to sign in again for it.
    expect(signInRequired).toBe(0);
  });

  it('renews once for many callers at the same time (rotating tokens would otherwise end the sign-in)', async () => {
    const saved: string[] = [];
    const tokens = new TokenManager(
      { agencyUrl: agency.url, saveRefreshToken: async (t) => void saved.push(t), onSignInRequired: () => undefined },
      (await signInAs(agency.url, 'anna')).refresh_token,
    );
    const all = await Promise.all([tokens.accessToken(), tokens.accessToken(), tokens.accessToken()]);
    expect(new Set(all).size).toBe(1);
    expect(saved).toHaveLength(1);
  });
});
