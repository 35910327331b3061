/*
 * PKCE (RFC 7636, S256 — HQ rejects `plain`) and the `state` that ties an
 * authorization answer to the request that asked for it.
 */

/** 32 random bytes, base64url: a 43-character verifier, as RFC 7636 recommends. */
export function randomVerifier(): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

export function randomState(): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(16)));
}

/** BASE64URL(SHA-256(verifier)). */
export async function challengeFor(verifier: string): Promise<string> {
  return base64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
}

function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
