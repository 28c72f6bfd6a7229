import { StatusBadge } from "@medusajs/ui"
import type { SellerStatus } from "../lib/sellers"

const COLORS: Record<SellerStatus, "orange" | "green" | "red" | "grey"> = {
  pending: "orange",
  active: "green",
  suspended: "red",
  closed: "grey",
}

export const SELLER_STATUS_NAMES: Record<SellerStatus, string> = {
  pending: "Pending approval",
  active: "Active",
  suspended: "Suspended",
  closed: "Closed",
}

export const SellerStatusBadge = ({ status }: { status: SellerStatus }) => (
  <StatusBadge color={COLORS[status]} data-testid="seller-status">
    {SELLER_STATUS_NAMES[status]}
  </StatusBadge>
)
