import { describe, expect, it } from 'vitest';
import { methodNames, methods, subscriberName } from '../../../src/shared/contract/contract.ts';
import { validateCall } from '../../../src/shared/contract/validate.ts';

describe('the renderer↔main contract', () => {
  it('refuses a call to a method that is not in the contract with UNKNOWN_METHOD', () => {
    const result = validateCall('deleteEverything', undefined);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('UNKNOWN_METHOD');
  });

  it('refuses a bad argument with INVALID_INPUT and says which field is wrong', () => {
    const result = validateCall('setLanguage', { language: 'de' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.issues?.[0]?.path).toBe('language');
    }
  });

  it('refuses extra fields the contract does not define', () => {
    const result = validateCall('setLanguage', { language: 'en', isAdmin: true });
    expect(result.ok).toBe(false);
  });

  it('refuses an argument given to a method that takes none', () => {
    expect(validateCall('getAppInfo', { anything: 1 }).ok).toBe(false);
  });

  it('accepts a well-formed call and hands over the parsed input', () => {
    const result = validateCall('setLanguage', { language: 'en' });
    expect(result).toEqual({ ok: true, name: 'setLanguage', input: { language: 'en' } });
  });

  it('does not treat inherited object properties as methods', () => {
    expect(validateCall('toString', undefined).ok).toBe(false);
    expect(validateCall('__proto__', undefined).ok).toBe(false);
  });

  it('defines a schema for exactly the method names the preloads expose', () => {
    expect(Object.keys(methods).sort()).toEqual([...methodNames].sort());
  });

  it('names event subscriptions on<Event>', () => {
    expect(subscriberName('statusChanged')).toBe('onStatusChanged');
  });
});
