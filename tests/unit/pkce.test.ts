import { describe, expect, it } from 'vitest';
import { challengeFor, randomState, randomVerifier } from '@/lib/connection/pkce';
import { readAuthorizationAnswer } from '@/lib/connection/authorization-answer';

describe('PKCE', () => {
  it('derives the S256 challenge of RFC 7636’s example', async () => {
    expect(await challengeFor('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('makes fresh, URL-safe verifiers and states of the length the RFC asks for', () => {
    const verifiers = new Set(Array.from({ length: 50 }, randomVerifier));
    expect(verifiers.size).toBe(50);
    for (const verifier of verifiers) expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(randomState()).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(randomState()).not.toBe(randomState());
  });
});

describe('the authorization answer', () => {
  const back = (query: string) => `https://abcdefghijklmnop.chromiumapp.org/?${query}`;

  it('yields the code when the state is ours', () => {
    expect(readAuthorizationAnswer(back('code=c1&state=s1'), 's1')).toEqual({ ok: true, code: 'c1' });
  });

  it('refuses an answer for another request, even an error', () => {
    expect(readAuthorizationAnswer(back('code=c1&state=other'), 's1')).toMatchObject({
      ok: false,
      failure: 'state_mismatch',
    });
    expect(readAuthorizationAnswer(back('code=c1'), 's1')).toMatchObject({ ok: false, failure: 'state_mismatch' });
    expect(readAuthorizationAnswer(back('error=access_denied&state=other'), 's1')).toMatchObject({
      ok: false,
      failure: 'state_mismatch',
    });
  });

  it('tells a denial from other refusals', () => {
    expect(readAuthorizationAnswer(back('error=access_denied&state=s1'), 's1')).toMatchObject({
      ok: false,
      failure: 'denied',
    });
    expect(readAuthorizationAnswer(back('error=invalid_scope&error_description=nope&state=s1'), 's1')).toEqual({
      ok: false,
      failure: 'refused',
      detail: 'invalid_scope: nope',
    });
    expect(readAuthorizationAnswer(back('state=s1'), 's1')).toMatchObject({ ok: false, failure: 'refused' });
    expect(readAuthorizationAnswer('not a url', 's1')).toMatchObject({ ok: false, failure: 'refused' });
  });
});
