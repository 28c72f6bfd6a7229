import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createProductTypesWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createStockLocationsWorkflow,
  createTaxRatesWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { PORTONE_PROVIDER_ID } from "../../modules/portone"
import { allowDeliveryProvider, parcelShippingOption } from "../../workflows/shipping/utils/parcel-shipping-option"
import {
  ensureMarketplaceShippingProfile,
  MARKETPLACE_SHIPPING_PROFILE_NAME,
} from "../../workflows/shipping/utils/marketplace-shipping-profile"

export const SEED_REGION_NAME = "대한민국"
export const SEED_SALES_CHANNEL_NAME = "고팡 온라인몰"
export const SEED_STOCK_LOCATION_NAME = "고팡 이천 풀필먼트센터"
export const SEED_API_KEY_TITLE = "고팡 스토어프론트"
export const SEED_SHIPPING_PROFILE_NAME = MARKETPLACE_SHIPPING_PROFILE_NAME
export const SEED_FULFILLMENT_SET_NAME = "고팡 국내 배송"
export const TAX_FREE_PRODUCT_TYPE = "면세상품"
export const VAT_RATE_PERCENT = 10

export type StoreSetup = {
  storeId: string
  regionId: string
  salesChannelId: string
  stockLocationId: string
  shippingProfileId: string
  publishableKey: string
  taxFreeTypeId: string
}

/**
 * Store, region 대한민국 (KRW, prices include 10% VAT), sales channel, fulfilment centre,
 * shipping options and the storefront's publishable key. Each piece is looked up by its name
 * first, so running the seed again changes nothing.
 */
export async function seedStore(container: MedusaContainer): Promise<StoreSetup> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const storeModule = container.resolve(Modules.STORE)
  const regionModule = container.resolve(Modules.REGION)
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const stockLocationModule = container.resolve(Modules.STOCK_LOCATION)
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const apiKeyModule = container.resolve(Modules.API_KEY)
  const taxModule = container.resolve(Modules.TAX)
  const productModule = container.resolve(Modules.PRODUCT)

  const [store] = await storeModule.listStores()

  // Medusa makes a default sales channel and publishable key on first boot: adopt them rather
  // than leave a second, unused pair in the dashboard.
  let [salesChannel] = await salesChannelModule.listSalesChannels({ name: SEED_SALES_CHANNEL_NAME })
  if (!salesChannel && store.default_sales_channel_id) {
    salesChannel = await salesChannelModule.updateSalesChannels(store.default_sales_channel_id, {
      name: SEED_SALES_CHANNEL_NAME,
      description: "고팡 웹·앱 스토어",
    })
  }
  if (!salesChannel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: {
        salesChannelsData: [{ name: SEED_SALES_CHANNEL_NAME, description: "고팡 웹·앱 스토어" }],
      },
    })
    salesChannel = result[0]
  }

  let [region] = await regionModule.listRegions({ name: SEED_REGION_NAME })
  if (!region) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: SEED_REGION_NAME,
            currency_code: "krw",
            countries: ["kr"],
            automatic_taxes: true,
            is_tax_inclusive: true,
          },
        ],
      },
    })
    region = result[0]
  }

  await restrictRegionPaymentsToPortOne(container)

  let taxRegion = (await taxModule.listTaxRegions({ country_code: "kr" })).find((r) => !r.parent_id)
  if (!taxRegion) {
    const { result } = await createTaxRegionsWorkflow(container).run({
      input: [
        {
          country_code: "kr",
          provider_id: "tp_system",
          default_tax_rate: { name: "부가가치세", code: "VAT", rate: VAT_RATE_PERCENT },
        },
      ],
    })
    taxRegion = result[0]
  }

  // Unprocessed food is VAT-exempt in Korea: products of this type get a 0% override.
  let [taxFreeType] = await productModule.listProductTypes({ value: TAX_FREE_PRODUCT_TYPE })
  if (!taxFreeType) {
    const { result } = await createProductTypesWorkflow(container).run({
      input: { product_types: [{ value: TAX_FREE_PRODUCT_TYPE }] },
    })
    taxFreeType = result[0]
  }
  const [taxFreeRate] = await taxModule.listTaxRates({ code: "TAX_FREE", tax_region_id: taxRegion.id })
  if (!taxFreeRate) {
    await createTaxRatesWorkflow(container).run({
      input: [
        {
          tax_region_id: taxRegion.id,
          name: "면세",
          code: "TAX_FREE",
          rate: 0,
          rules: [{ reference: "product_type", reference_id: taxFreeType.id }],
        },
      ],
    })
  }

  let [location] = await stockLocationModule.listStockLocations({ name: SEED_STOCK_LOCATION_NAME })
  if (!location) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: SEED_STOCK_LOCATION_NAME,
            address: {
              address_1: "경기도 이천시 마장면 프리미엄아울렛로 1",
              city: "이천시",
              province: "경기도",
              postal_code: "17411",
              country_code: "kr",
            },
          },
        ],
      },
    })
    location = result[0]
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
    await allowDeliveryProvider(container, link, location.id)
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: location.id, add: [salesChannel.id] },
    })
  }

  // Usually made already by the migration script (`src/migration-scripts`); the seed adopts it.
  const shippingProfile = { id: await ensureMarketplaceShippingProfile(container) }

  const [fulfillmentSet] = await fulfillmentModule.listFulfillmentSets({ name: SEED_FULFILLMENT_SET_NAME })
  if (!fulfillmentSet) {
    const created = await fulfillmentModule.createFulfillmentSets({
      name: SEED_FULFILLMENT_SET_NAME,
      type: "shipping",
      service_zones: [{ name: "대한민국 전역", geo_zones: [{ country_code: "kr", type: "country" }] }],
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: created.id },
    })
    const serviceZoneId = created.service_zones[0].id
    await createShippingOptionsWorkflow(container).run({
      input: [
        // Priced per seller by 고팡 택배, as the order saga charges.
        parcelShippingOption(serviceZoneId, shippingProfile.id),
        {
          name: "반품 회수",
          price_type: "flat" as const,
          provider_id: "manual_manual",
          service_zone_id: serviceZoneId,
          shipping_profile_id: shippingProfile.id,
          type: { label: "반품 회수", description: "판매자 반품지로 회수", code: "return" },
          prices: [
            { currency_code: "krw", amount: 3000 },
            { region_id: region.id, amount: 3000 },
          ],
          rules: [
            { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
            { attribute: "is_return", value: "true", operator: "eq" as const },
          ],
        },
      ],
    })
  }

  let [apiKey] = await apiKeyModule.listApiKeys({ title: SEED_API_KEY_TITLE, type: "publishable" })
  if (!apiKey) {
    const [defaultKey] = await apiKeyModule.listApiKeys({
      title: "Default Publishable API Key",
      type: "publishable",
    })
    if (defaultKey) {
      apiKey = await apiKeyModule.updateApiKeys(defaultKey.id, { title: SEED_API_KEY_TITLE })
      const { data: links } = await query.graph({
        entity: "publishable_api_key_sales_channel",
        fields: ["sales_channel_id"],
        filters: { publishable_key_id: apiKey.id },
      })
      if (!links.some((row) => row.sales_channel_id === salesChannel.id)) {
        await linkSalesChannelsToApiKeyWorkflow(container).run({
          input: { id: apiKey.id, add: [salesChannel.id] },
        })
      }
    }
  }
  if (!apiKey) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: SEED_API_KEY_TITLE, type: "publishable", created_by: "" }] },
    })
    apiKey = result[0]
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: apiKey.id, add: [salesChannel.id] },
    })
  }

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "고팡",
        supported_currencies: [{ currency_code: "krw", is_default: true, is_tax_inclusive: true }],
        default_sales_channel_id: salesChannel.id,
        default_region_id: region.id,
        default_location_id: location.id,
      },
    },
  })

  logger.info(`seed: store ready (region ${region.id}, location ${location.id})`)
  return {
    storeId: store.id,
    regionId: region.id,
    salesChannelId: salesChannel.id,
    stockLocationId: location.id,
    shippingProfileId: shippingProfile.id,
    publishableKey: apiKey.token,
    taxFreeTypeId: taxFreeType.id,
  }
}

/** Medusa's own provider: it "authorizes" without taking money. Never offered by Gopang. */
export const SYSTEM_PAYMENT_PROVIDER_ID = "pp_system_default"

/**
 * Every region pays through PortOne only: Medusa's system provider is taken off (regions seeded
 * before this offered it) and PortOne is added when it is registered (keys configured, or the
 * demo server under `npm start`). Shared by the seed and the migration script that repairs
 * existing databases; running it twice changes nothing.
 */
export async function restrictRegionPaymentsToPortOne(container: MedusaContainer): Promise<{ updated: string[] }> {
  const paymentModule = container.resolve(Modules.PAYMENT)
  const [portOne] = await paymentModule.listPaymentProviders({ id: PORTONE_PROVIDER_ID })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "region", fields: ["id", "payment_providers.id"] })
  const updated: string[] = []
  for (const region of data as unknown as { id: string; payment_providers: ({ id: string } | null)[] | null }[]) {
    const current = (region.payment_providers ?? []).flatMap((p) => (p ? [p.id] : []))
    const wanted = current.filter((id) => id !== SYSTEM_PAYMENT_PROVIDER_ID)
    if (portOne && !wanted.includes(PORTONE_PROVIDER_ID)) {
      wanted.push(PORTONE_PROVIDER_ID)
    }
    if (wanted.length === current.length && wanted.every((id) => current.includes(id))) {
      continue
    }
    await updateRegionsWorkflow(container).run({
      input: { selector: { id: region.id }, update: { payment_providers: wanted } },
    })
    updated.push(region.id)
  }
  return { updated }
}
