import type { InferTypeOf } from "@medusajs/framework/types"
import type AftersalesRequest from "../../modules/aftersales/models/aftersales-request"
import type { AftersalesActorType } from "../../modules/aftersales"

export type AftersalesRequestRecord = InferTypeOf<typeof AftersalesRequest>

/** Who acts on a request: the customer who made it, the order's seller, or an operator. */
export type AftersalesActor = { type: AftersalesActorType; id: string }
