import type { MedusaContainer } from "@medusajs/framework/types"
import { CATALOG_MODULE } from "../modules/catalog"
import type CatalogModuleService from "../modules/catalog/service"
import { unitsSoldLast30Days } from "../workflows/catalog/utils/units-sold"

/** Nightly: the 30-day window moves on, so sales older than 30 days leave the best-seller counts. */
export default async function recountBestSellers(container: MedusaContainer) {
  const catalog = container.resolve<CatalogModuleService>(CATALOG_MODULE)
  await catalog.setUnitsSold(await unitsSoldLast30Days(container), { resetOthers: true })
}

export const config = {
  name: "recount-best-sellers",
  schedule: "10 3 * * *",
}
