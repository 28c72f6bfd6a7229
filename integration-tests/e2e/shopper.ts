/** The fixture shopper's sign-in (fixtures.ts creates it; the browser tests sign in as it). */
export const E2E_SHOPPER_EMAIL = "e2e-shopper@gopang.local"
export const E2E_SHOPPER_PASSWORD = "e2e-shopper-password-1"
