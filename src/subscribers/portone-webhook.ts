import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { ProviderWebhookPayload } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, PaymentActions } from "@medusajs/framework/utils"
import { processPaymentWorkflowId } from "@medusajs/medusa/core-flows"
import { completeMarketplaceCartWorkflow } from "../workflows/order"
import { PortOneWebhookEvents, type PortOneWebhookReceived } from "../workflows/payment/events"

/**
 * A PortOne webhook (verified and re-queried by the provider). A payment for a cart's session
 * completes that cart through the order saga (its owner's purchase), exactly once: under the
 * cart's lock, a cart the shopper's own `/complete` already completed just answers its order.
 * A payment for anything else (an order's own payment collection) is processed as Medusa does.
 */
export default async function portOneWebhook({ event, container }: SubscriberArgs<PortOneWebhookReceived>) {
  const input = event.data
  const raw = input.payload.rawData as { type?: string; data?: number[] } | undefined
  // Buffers that crossed the Redis event bus arrive as { type: "Buffer", data }.
  const rawData = raw?.type === "Buffer" && Array.isArray(raw.data) ? Buffer.from(raw.data) : input.payload.rawData
  const payload = { ...input.payload, rawData } as ProviderWebhookPayload["payload"]
  const processed = await container.resolve(Modules.PAYMENT).getWebhookActionAndData({ provider: input.provider, payload })
  const sessionId = processed.data?.session_id
  if (!sessionId || processed.action !== PaymentActions.SUCCESSFUL) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: sessions } = await query.graph({ entity: "payment_session", fields: ["payment_collection_id"], filters: { id: sessionId } })
  const collectionId = (sessions[0] as { payment_collection_id?: string } | undefined)?.payment_collection_id
  const { data: carts } = collectionId
    ? await query.graph({ entity: "cart_payment_collection", fields: ["cart_id"], filters: { payment_collection_id: collectionId } })
    : { data: [] }
  const cartId = (carts[0] as { cart_id?: string } | undefined)?.cart_id
  if (!cartId) {
    await container.resolve(Modules.WORKFLOW_ENGINE).run(processPaymentWorkflowId, { input: processed })
    return
  }
  try {
    await completeMarketplaceCartWorkflow(container).run({ input: { cart_id: cartId, payment: { flow: "v2_browser" } } })
  } catch (error) {
    // Refused (a sale rule, the amount): the saga has cancelled the payment it verified.
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`portone webhook: cart ${cartId} not completed: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = {
  event: PortOneWebhookEvents.RECEIVED,
  context: { subscriberId: "gopang-portone-webhook" },
}
