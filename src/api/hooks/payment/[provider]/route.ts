import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules, PaymentWebhookEvents } from "@medusajs/framework/utils"
import { PORTONE_PROVIDER_ID } from "../../../../modules/portone"
import { PortOneWebhookEvents } from "../../../../workflows/payment/events"

/** The `:provider` of PortOne's webhook URL: the provider id without Medusa's `pp_` prefix. */
const PORTONE_WEBHOOK_PROVIDER = PORTONE_PROVIDER_ID.replace(/^pp_/, "")

/**
 * `POST /hooks/payment/:provider`, Gopang's handler over Medusa's (whose middleware keeps the raw
 * body for signatures). PortOne's webhooks go to Gopang's subscriber (src/subscribers/portone-webhook.ts),
 * which completes a paid cart through the order saga; Medusa's own processing would complete it
 * with Medusa's workflow, outside the marketplace (Mercur #1400/#1418 took over this route for the
 * same reason). Other providers' webhooks are handled as Medusa handles them. Like Medusa, the
 * event is delayed so the shopper's own `/complete` usually comes first; the cart lock makes the
 * order either way.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const { provider } = req.params
  const event = { provider, payload: { data: req.body, rawData: req.rawBody, headers: req.headers } }
  try {
    await req.scope.resolve(Modules.EVENT_BUS).emit(
      { name: provider === PORTONE_WEBHOOK_PROVIDER ? PortOneWebhookEvents.RECEIVED : PaymentWebhookEvents.WebhookReceived, data: event },
      { delay: Number(process.env.PAYMENT_WEBHOOK_DELAY_MS || 5000), attempts: 3 }
    )
  } catch (error) {
    res.status(400).send(`Webhook Error: ${(error as Error).message}`)
    return
  }
  res.sendStatus(200)
}
