import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

export type AftersalesType = "return" | "exchange"
export type AftersalesState =
  | "requested"
  | "approved"
  | "rejected"
  | "pickup_scheduled"
  | "received"
  | "completed"
  | "cancelled"

export const AFTERSALES_STATES: AftersalesState[] = [
  "requested",
  "approved",
  "pickup_scheduled",
  "received",
  "completed",
  "rejected",
  "cancelled",
]

export type AftersalesEvent = {
  id: string
  from_state: AftersalesState | null
  to_state: AftersalesState
  actor_type: "customer" | "seller" | "admin" | "system"
  actor_id: string | null
  note: string | null
  created_at: string
}

export type AftersalesItem = {
  id: string
  line_item_id: string
  title: string
  quantity: number
  unit_price: number
  replacement_title: string | null
}

export type AdminAftersalesRequest = {
  id: string
  display_id: number
  type: AftersalesType
  state: AftersalesState
  order_id: string
  customer_id: string
  seller_id: string
  seller: { id: string; name: string } | null
  reason: string
  comment: string | null
  pickup_name: string
  pickup_phone: string | null
  pickup_address: string
  pickup_postal_code: string | null
  pickup_date: string | null
  shipping_fee: number
  fee_payer: "customer" | "seller"
  items_amount: number
  delivery_fee_refund: number
  refund_amount: number
  refunded_at: string | null
  courier: string | null
  tracking_number: string | null
  rejection_reason: string | null
  inspection_note: string | null
  last_error: string | null
  created_at: string
  items: AftersalesItem[]
  history: AftersalesEvent[]
  order?: { id: string; display_id: number; email: string; total: number; status: string } | null
}

export type AftersalesListParams = {
  state?: AftersalesState
  type?: AftersalesType
  seller_id?: string
  limit: number
  offset: number
}

const aftersalesKeys = {
  all: ["gopang", "aftersales"] as const,
  list: (params: AftersalesListParams) => [...aftersalesKeys.all, "list", params] as const,
  detail: (id: string) => [...aftersalesKeys.all, "detail", id] as const,
}

export function useAftersalesRequests(params: AftersalesListParams) {
  return useQuery({
    queryKey: aftersalesKeys.list(params),
    queryFn: () => {
      const query = Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined))
      return sdk.client.fetch<{ aftersales_requests: AdminAftersalesRequest[]; count: number }>("/admin/aftersales", {
        query,
      })
    },
    placeholderData: keepPreviousData,
  })
}

export function useAftersalesRequest(id: string) {
  return useQuery({
    queryKey: aftersalesKeys.detail(id),
    queryFn: () => sdk.client.fetch<{ aftersales_request: AdminAftersalesRequest }>(`/admin/aftersales/${id}`),
  })
}

export type AftersalesOverride =
  | { action: "approve"; pickup_date: string; note?: string }
  | { action: "reject"; reason: string }

export function useOverrideAftersales(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ action, ...body }: AftersalesOverride) =>
      sdk.client.fetch<{ aftersales_request: AdminAftersalesRequest }>(`/admin/aftersales/${id}/${action}`, {
        method: "POST",
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: aftersalesKeys.all }),
  })
}
