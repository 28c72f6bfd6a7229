import { Badge, StatusBadge } from "@medusajs/ui"
import type { AftersalesState, AftersalesType } from "../lib/aftersales"

export const STATE_NAMES: Record<AftersalesState, string> = {
  requested: "Requested",
  approved: "Approved",
  rejected: "Rejected",
  pickup_scheduled: "Pickup scheduled",
  received: "Received",
  completed: "Completed",
  cancelled: "Cancelled",
}

const STATE_COLORS: Record<AftersalesState, "orange" | "blue" | "red" | "green" | "grey" | "purple"> = {
  requested: "orange",
  approved: "blue",
  pickup_scheduled: "blue",
  received: "purple",
  completed: "green",
  rejected: "red",
  cancelled: "grey",
}

export const TYPE_NAMES: Record<AftersalesType, string> = { return: "Return", exchange: "Exchange" }

export const AftersalesStateBadge = ({ state }: { state: AftersalesState }) => (
  <StatusBadge color={STATE_COLORS[state]} data-testid="aftersales-state">
    {STATE_NAMES[state]}
  </StatusBadge>
)

export const AftersalesTypeBadge = ({ type }: { type: AftersalesType }) => (
  <Badge size="2xsmall" color={type === "return" ? "blue" : "purple"}>
    {TYPE_NAMES[type]}
  </Badge>
)
