import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { refreshCatalogItemsWorkflow } from "../workflows/catalog/workflows/refresh-catalog-items"
import { isAsciiHandle, newItemHandle } from "../workflows/seller/utils/item-handle"

/**
 * Run once by `medusa db:migrate`: products listed with a Korean handle (seller items used to
 * get Medusa's handle of their title, `첫판매-원피스`) get an ASCII one like the seeded products,
 * which storefronts can route to. The catalogue rows carry the handle too, so they are rebuilt
 * here (subscribers do not run during migrations).
 */
export default async function asciiItemHandles({ container }: { container: MedusaContainer }) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const products = await container
    .resolve(Modules.PRODUCT)
    .listProducts({}, { select: ["id", "title", "handle"], take: null })
  const renamed = products
    .filter((product) => !isAsciiHandle(product.handle ?? ""))
    .map((product) => ({ id: product.id, handle: newItemHandle(product.title) }))
  if (renamed.length) {
    await updateProductsWorkflow(container).run({ input: { products: renamed } })
    await refreshCatalogItemsWorkflow(container).run({ input: { productIds: renamed.map((product) => product.id) } })
  }
  logger.info(`ascii item handles: ${renamed.length} product handle(s) rewritten`)
}
