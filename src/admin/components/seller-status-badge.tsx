import { StatusBadge } from "@medusajs/ui"
import { useCallback } from "react"
import { useTranslation } from "react-i18next"
import type { SellerStatus } from "../lib/sellers"

const COLORS: Record<SellerStatus, "orange" | "green" | "red" | "grey"> = {
  pending: "orange",
  active: "green",
  suspended: "red",
  closed: "grey",
}

/** A seller status in the dashboard's language. */
export function useSellerStatusName() {
  const { t } = useTranslation()
  return useCallback((status: SellerStatus) => t(`gopang.sellers.statuses.${status}`), [t])
}

export const SellerStatusBadge = ({ status }: { status: SellerStatus }) => {
  const statusName = useSellerStatusName()
  return (
    <StatusBadge color={COLORS[status]} data-testid="seller-status">
      {statusName(status)}
    </StatusBadge>
  )
}
