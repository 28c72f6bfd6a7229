import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import SellerOrderLink from "../../../links/seller-order"
import SellerProductLink from "../../../links/seller-product"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"
import { serializeSeller } from "../../api/v1/seller/serializers"

/** A seller with its policies and how many products it sells and orders it received, for operators. */
export async function retrieveAdminSeller(scope: MedusaContainer, id: string) {
  const sellerModule = scope.resolve<SellerModuleService>(SELLER_MODULE)
  const [seller] = await sellerModule.listSellers({ id }, { relations: ["delivery_policy", "return_policy"] })
  if (!seller) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Seller with id: ${id} was not found`)
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  // Link rows are counted, so the counts need one query each and no product or order is loaded.
  const [products, orders] = await Promise.all([
    query.graph({
      entity: SellerProductLink.entryPoint,
      fields: ["product_id"],
      filters: { seller_id: id },
      pagination: { skip: 0, take: 1 },
    }),
    query.graph({
      entity: SellerOrderLink.entryPoint,
      fields: ["order_id"],
      filters: { seller_id: id },
      pagination: { skip: 0, take: 1 },
    }),
  ])
  return {
    ...serializeSeller(seller),
    product_count: products.metadata?.count ?? 0,
    order_count: orders.metadata?.count ?? 0,
  }
}
