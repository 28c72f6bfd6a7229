import { Badge, StatusBadge } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import type { AftersalesState, AftersalesType } from "../lib/aftersales"

const STATE_COLORS: Record<AftersalesState, "orange" | "blue" | "red" | "green" | "grey" | "purple"> = {
  requested: "orange",
  approved: "blue",
  pickup_scheduled: "blue",
  received: "purple",
  completed: "green",
  rejected: "red",
  cancelled: "grey",
}

/** The operator's words for a request's state, type and reason, in the dashboard's language. */
export function useAftersalesNames() {
  const { t } = useTranslation()
  return useMemo(
    () => ({
      state: (state: AftersalesState) => t(`gopang.aftersales.states.${state}`),
      type: (type: AftersalesType) => t(`gopang.aftersales.types.${type}`),
      // Reasons are an open set on the server: an unknown one is shown as sent.
      reason: (reason: string) => t(`gopang.aftersales.reasons.${reason}`, { defaultValue: reason }),
    }),
    [t]
  )
}

export const AftersalesStateBadge = ({ state }: { state: AftersalesState }) => {
  const names = useAftersalesNames()
  return (
    <StatusBadge color={STATE_COLORS[state]} data-testid="aftersales-state">
      {names.state(state)}
    </StatusBadge>
  )
}

export const AftersalesTypeBadge = ({ type }: { type: AftersalesType }) => {
  const names = useAftersalesNames()
  return (
    <Badge size="2xsmall" color={type === "return" ? "blue" : "purple"}>
      {names.type(type)}
    </Badge>
  )
}
