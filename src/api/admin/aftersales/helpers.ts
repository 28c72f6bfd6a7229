import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { AFTERSALES_MODULE, type AftersalesModuleService } from "../../../modules/aftersales"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"

type RequestRecord = Awaited<ReturnType<AftersalesModuleService["listAftersalesRequests"]>>[number]

/** A request in Medusa's admin shape (snake_case), with its seller's name and history oldest first. */
export type AdminAftersalesRequest = RequestRecord & { seller: { id: string; name: string } | null }

export async function withSellers(scope: MedusaContainer, requests: RequestRecord[]): Promise<AdminAftersalesRequest[]> {
  const sellerIds = [...new Set(requests.map((r) => r.seller_id))]
  const sellers = sellerIds.length
    ? await scope.resolve<SellerModuleService>(SELLER_MODULE).listSellers({ id: sellerIds }, { select: ["id", "name"] })
    : []
  const names = new Map(sellers.map((s) => [s.id, s.name]))
  return requests.map((request) => ({
    ...request,
    history: [...(request.history ?? [])].sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime()),
    seller: names.has(request.seller_id) ? { id: request.seller_id, name: names.get(request.seller_id)! } : null,
  }))
}

export async function retrieveAdminAftersales(scope: MedusaContainer, id: string) {
  const service = scope.resolve<AftersalesModuleService>(AFTERSALES_MODULE)
  const [request] = await service.listAftersalesRequests({ id }, { relations: ["items", "history"] })
  if (!request) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Aftersales request with id: ${id} was not found`)
  }
  const [withSeller] = await withSellers(scope, [request])
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "email", "total", "currency_code", "status"],
    filters: { id: request.order_id },
  })
  return { ...withSeller, order: orders[0] ?? null }
}
