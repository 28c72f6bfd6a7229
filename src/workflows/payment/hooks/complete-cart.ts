import { MedusaError } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { PORTONE_PROVIDER_ID } from "../../../modules/portone"

type CartPayments = { payment_collection?: { payment_sessions?: ({ provider_id?: string } | null)[] | null } | null }

/**
 * Medusa registers its system provider (`pp_system_default`, which authorizes without taking any
 * money) in every app, and its store route creates a session with any registered provider,
 * whether or not the region offers it. No cart completes unless every payment session is
 * PortOne's: this runs before anything is reserved or authorized.
 */
completeCartWorkflow.hooks.validate(async ({ cart }) => {
  const sessions = ((cart as CartPayments).payment_collection?.payment_sessions ?? []).filter(
    (session): session is { provider_id?: string } => !!session
  )
  const other = sessions.find((session) => session.provider_id !== PORTONE_PROVIDER_ID)
  if (other) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `provider_id: 고팡은 포트원 결제(${PORTONE_PROVIDER_ID})만 받습니다. ${other.provider_id ?? "알 수 없는"} 결제로는 주문할 수 없습니다.`,
      "payment_provider_not_allowed"
    )
  }
})
