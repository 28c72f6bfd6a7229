import { model } from "@medusajs/framework/utils"
import { AftersalesActorType, AftersalesState } from "../types"
import AftersalesRequest from "./aftersales-request"

/** One state change of a request: append-only history. */
const AftersalesRequestEvent = model.define("aftersales_request_event", {
  id: model.id({ prefix: "asre" }).primaryKey(),
  from_state: model.enum(AftersalesState).nullable(),
  to_state: model.enum(AftersalesState),
  actor_type: model.enum(AftersalesActorType),
  actor_id: model.text().nullable(),
  note: model.text().nullable(),
  request: model.belongsTo(() => AftersalesRequest, { mappedBy: "history" }),
})

export default AftersalesRequestEvent
