import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { seedAdmin } from "./seed/admin"
import { seedCatalog, type CatalogSetup } from "./seed/catalog"
import { seedSellers, type SellersSetup } from "./seed/sellers"
import { seedStore, type StoreSetup } from "./seed/store"
import { seedTerms, type TermsSetup } from "./seed/terms"
import { refreshCatalogItemsWorkflow } from "../workflows/catalog/workflows/refresh-catalog-items"

/** Bumped when a section is added, so `npm start` knows an old database needs the seed again. */
export const SEED_VERSION = 4

export type SeedSummary = StoreSetup & CatalogSetup & TermsSetup & SellersSetup & { adminUserId?: string }

/**
 * The demo marketplace, in sections that later features extend (sellers, terms, reviews…).
 * Every section finds what exists by its natural key before it creates anything: running the
 * seed twice leaves the same rows as running it once.
 */
export async function seedMarketplace(container: MedusaContainer): Promise<SeedSummary> {
  const store = await seedStore(container)
  const catalog = await seedCatalog(container, store)
  const adminUserId = await seedAdmin(container)
  // Terms first: seeded sellers record their consent to the seller terms in force.
  const terms = await seedTerms(container)
  const sellers = await seedSellers(container, catalog)
  // Last: the shopper catalogue is a read model of products, their sellers and sale details.
  await refreshCatalogItemsWorkflow(container).run({
    input: { productIds: Object.values(catalog.productIdsByHandle) },
  })

  const storeModule = container.resolve(Modules.STORE)
  const { metadata } = await storeModule.retrieveStore(store.storeId)
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.storeId },
      update: { metadata: { ...metadata, gopang_seed: SEED_VERSION } },
    },
  })

  container.resolve(ContainerRegistrationKeys.LOGGER).info("seed: Gopang demo marketplace is ready")
  return { ...store, ...catalog, ...terms, ...sellers, adminUserId }
}

export default async function seed({ container }: ExecArgs) {
  await seedMarketplace(container)
}
