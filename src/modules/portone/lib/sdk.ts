/**
 * `@portone/server-sdk` is published as an ES module with a CommonJS build beside it. This app
 * compiles to CommonJS, where TypeScript refuses a plain `import` of an ESM-typed package, so the
 * types are imported in `import` mode and the CommonJS build is required at runtime.
 */
import type * as PortOneSdk from "@portone/server-sdk" with { "resolution-mode": "import" }

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const portOneSdk = require("@portone/server-sdk") as typeof PortOneSdk

export type V2Payment = PortOneSdk.Payment.Payment
export type V2PaymentClient = PortOneSdk.PaymentClient
export type V2Cancellation = PortOneSdk.Payment.PaymentCancellation
export type V2Webhook = PortOneSdk.Webhook.Webhook
