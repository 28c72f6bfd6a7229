import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

export type SellerStatus = "pending" | "active" | "suspended" | "closed"

export const SELLER_STATUSES: SellerStatus[] = ["pending", "active", "suspended", "closed"]

export type AdminSeller = {
  id: string
  email: string
  name: string
  representative_name: string
  phone_number: string
  business_type: string
  business_type_label: string
  business_registration_number: string
  status: SellerStatus
  status_label: string
  status_reason: string | null
  approved_at: string | null
  suspended_at: string | null
  closed_at: string | null
  created_at: string
  delivery_policy: {
    forwarding_place: string
    delivery_jeju_mountain: boolean
    jeju_mountain_extra_cost: number
    courier_company: string
    delivery_way: string
    delivery_way_label: string
    delivery_cost: number
    free_delivery_threshold: number | null
    delivery_period: number
  } | null
  return_policy: { address: string; return_delivery_cost: number; exchange_delivery_cost: number } | null
}

export type AdminSellerDetail = AdminSeller & { product_count: number; order_count: number }

export type SellerListParams = { status?: SellerStatus; q?: string; limit: number; offset: number }

const sellerKeys = {
  all: ["gopang", "sellers"] as const,
  list: (params: SellerListParams) => [...sellerKeys.all, "list", params] as const,
  detail: (id: string) => [...sellerKeys.all, "detail", id] as const,
  ofProduct: (productId: string) => [...sellerKeys.all, "product", productId] as const,
}

export function useSellers(params: SellerListParams) {
  return useQuery({
    queryKey: sellerKeys.list(params),
    queryFn: () =>
      sdk.client.fetch<{ sellers: AdminSeller[]; count: number; limit: number; offset: number }>("/admin/sellers", {
        query: {
          limit: params.limit,
          offset: params.offset,
          ...(params.status ? { status: params.status } : {}),
          ...(params.q ? { q: params.q } : {}),
        },
      }),
    placeholderData: keepPreviousData,
  })
}

export function useSeller(id: string) {
  return useQuery({
    queryKey: sellerKeys.detail(id),
    queryFn: () => sdk.client.fetch<{ seller: AdminSellerDetail }>(`/admin/sellers/${id}`),
  })
}

export type SellerAction = { action: "approve" } | { action: "reinstate" } | { action: "suspend"; reason: string }

export function useChangeSellerStatus(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (change: SellerAction) =>
      sdk.client.fetch<{ seller: AdminSellerDetail }>(`/admin/sellers/${id}/${change.action}`, {
        method: "POST",
        body: change.action === "suspend" ? { reason: change.reason } : {},
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sellerKeys.all }),
  })
}

type ProductWithSeller = { product: { id: string; seller?: AdminSeller | null } }

/** The seller linked to a product (product ↔ seller link), through Medusa's product route. */
export function useProductSeller(productId: string) {
  return useQuery({
    queryKey: sellerKeys.ofProduct(productId),
    queryFn: async () => {
      const { product } = await sdk.client.fetch<ProductWithSeller>(`/admin/products/${productId}`, {
        query: { fields: "id,seller.id,seller.name,seller.status,seller.representative_name,seller.email" },
      })
      return product.seller ?? null
    },
  })
}
