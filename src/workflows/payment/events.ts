export const PortOneWebhookEvents = {
  /** A PortOne webhook, taken by Gopang's handler of `/hooks/payment/portone_portone`. */
  RECEIVED: "portone.webhook_received",
} as const

export type PortOneWebhookReceived = {
  provider: string
  payload: { data: Record<string, unknown>; rawData: unknown; headers: Record<string, unknown> }
}
