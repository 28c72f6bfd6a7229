import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import SellerProductLink from "../../../../links/seller-product"
import { SELLER_ITEM_FIELDS, type SellerItemGraph, serializeSellerItem } from "./serializers"
import type { SellerItemsQuery } from "./validators"

/** The seller's own item, or 404 (also for another seller's product: not found and not yours look alike). */
export async function retrieveSellerItem(scope: MedusaContainer, sellerId: string, productId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: owned } = await query.graph({
    entity: SellerProductLink.entryPoint,
    fields: ["product_id"],
    filters: { seller_id: sellerId, product_id: productId },
  })
  if (!owned.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `상품(${productId})을 찾을 수 없습니다.`)
  }
  const { data } = await query.graph({ entity: "product", fields: SELLER_ITEM_FIELDS, filters: { id: productId } })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `상품(${productId})을 찾을 수 없습니다.`)
  }
  return serializeSellerItem(data[0] as unknown as SellerItemGraph)
}

/**
 * A page of the seller's items, newest first, filtered by sale state and category. The
 * seller's product ids come from the link, the state from the detail records, and the page
 * and category filter from the product module.
 */
export async function listSellerItems(scope: MedusaContainer, sellerId: string, params: SellerItemsQuery) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: SellerProductLink.entryPoint,
    fields: ["product_id", "product.seller_product_detail.state"],
    filters: { seller_id: sellerId },
  })
  type Row = { product_id: string; product?: { seller_product_detail?: { state: string } | null } | null }
  const ids = (links as Row[])
    .filter((row) => row.product && (!params.state || row.product.seller_product_detail?.state === params.state))
    .map((row) => row.product_id)

  const page = { page: params.page, size: params.size, total: 0 }
  if (!ids.length) {
    return { items: [], meta: page }
  }
  const productModule = scope.resolve(Modules.PRODUCT)
  const [rows, total] = await productModule.listAndCountProducts(
    { id: ids, ...(params.category_id ? { categories: { id: [params.category_id] } } : {}) },
    {
      select: ["id"],
      order: { created_at: "DESC" },
      skip: (params.page - 1) * params.size,
      take: params.size,
    }
  )
  if (!rows.length) {
    return { items: [], meta: { ...page, total } }
  }
  const { data } = await query.graph({
    entity: "product",
    fields: SELLER_ITEM_FIELDS,
    filters: { id: rows.map((row) => row.id) },
  })
  const byId = new Map((data as unknown as SellerItemGraph[]).map((product) => [product.id, product]))
  const now = new Date()
  const items = rows
    .map((row) => byId.get(row.id))
    .filter((product): product is SellerItemGraph => !!product)
    .map((product) => serializeSellerItem(product, now))
  return { items, meta: { ...page, total } }
}
