/** Open Badges 3.0 credentials: build, sign (VC-JOSE, Ed25519), verify, revoke (Bitstring Status List). */
export * from './build-credential';
export * from './issuer-key';
export * from './open-badge.types';
export * from './sign-credential';
export * from './status-list';
export * from './verify-credential';
