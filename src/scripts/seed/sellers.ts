import type { LinkDefinition, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { SELLER_MODULE, type SellerModuleService } from "../../modules/seller"
import { ConsentActorType, TERMS_MODULE, TermKind, type TermsModuleService } from "../../modules/terms"
import { BusinessType, DeliveryWay, SaleState, SellerStatus, TaxType } from "../../modules/seller/types"
import { SEED_PRODUCTS, type SeedSellerKey } from "./catalog-data"
import type { CatalogSetup } from "./catalog"

export const SEED_SELLER_EMAIL_DOMAIN = "seller.gopang.local"

type SeedSeller = {
  key: SeedSellerKey | "hanok-craft" | "sea-breeze"
  name: string
  representative_name: string
  phone_number: string
  business_type: BusinessType
  business_registration_number: string
  status: SellerStatus
  status_reason?: string
  delivery_way: DeliveryWay
  delivery_cost: number
  free_delivery_threshold: number | null
  forwarding_place: string
}

/** Six shops own the seeded catalogue; two more show a pending and a suspended seller. */
export const SEED_SELLERS: SeedSeller[] = [
  {
    key: "gopang-fashion",
    name: "고팡패션",
    representative_name: "김서연",
    phone_number: "02-555-0101",
    business_type: BusinessType.BRAND_OWNER,
    business_registration_number: "1208112342",
    status: SellerStatus.ACTIVE,
    delivery_way: DeliveryWay.STANDARD,
    delivery_cost: 3000,
    free_delivery_threshold: 30000,
    forwarding_place: "서울특별시 성동구 성수이로 77, 2층",
  },
  {
    key: "nongbu-market",
    name: "농부마켓",
    representative_name: "박농민",
    phone_number: "063-555-0102",
    business_type: BusinessType.WHOLESALE_PURCHASE,
    business_registration_number: "2148654322",
    status: SellerStatus.ACTIVE,
    delivery_way: DeliveryWay.FRESH,
    delivery_cost: 4000,
    free_delivery_threshold: 40000,
    forwarding_place: "전라북도 완주군 봉동읍 농산물로 12",
  },
  {
    key: "digital-plaza",
    name: "디지털플라자",
    representative_name: "이도현",
    phone_number: "031-555-0103",
    business_type: BusinessType.CONSIGNMENT,
    business_registration_number: "1058743213",
    status: SellerStatus.ACTIVE,
    delivery_way: DeliveryWay.STANDARD,
    delivery_cost: 0,
    free_delivery_threshold: null,
    forwarding_place: "경기도 용인시 기흥구 물류단지로 5",
  },
  {
    key: "living-house",
    name: "리빙하우스",
    representative_name: "최민지",
    phone_number: "032-555-0104",
    business_type: BusinessType.WHOLESALE_PURCHASE,
    business_registration_number: "2208176549",
    status: SellerStatus.ACTIVE,
    delivery_way: DeliveryWay.INSTALLATION_OR_DIRECT,
    delivery_cost: 3000,
    free_delivery_threshold: 50000,
    forwarding_place: "인천광역시 서구 가정로 300",
  },
  {
    key: "beauty-lab",
    name: "뷰티랩",
    representative_name: "정하은",
    phone_number: "02-555-0105",
    business_type: BusinessType.OVERSEAS_DIRECT,
    business_registration_number: "3148123459",
    status: SellerStatus.ACTIVE,
    delivery_way: DeliveryWay.PURCHASE_AGENCY,
    delivery_cost: 2500,
    free_delivery_threshold: 20000,
    forwarding_place: "서울특별시 강남구 테헤란로 200",
  },
  {
    key: "kids-toy",
    name: "키즈토이",
    representative_name: "한지우",
    phone_number: "051-555-0106",
    business_type: BusinessType.BRAND_OWNER,
    business_registration_number: "6178654327",
    status: SellerStatus.ACTIVE,
    delivery_way: DeliveryWay.STANDARD,
    delivery_cost: 3000,
    free_delivery_threshold: 30000,
    forwarding_place: "부산광역시 강서구 유통단지1로 41",
  },
  {
    key: "hanok-craft",
    name: "한옥공방",
    representative_name: "오세훈",
    phone_number: "054-555-0107",
    business_type: BusinessType.BRAND_OWNER,
    business_registration_number: "4098135796",
    status: SellerStatus.PENDING,
    delivery_way: DeliveryWay.MADE_TO_ORDER,
    delivery_cost: 5000,
    free_delivery_threshold: null,
    forwarding_place: "경상북도 경주시 황남동 공방길 3",
  },
  {
    key: "sea-breeze",
    name: "바다바람수산",
    representative_name: "윤바다",
    phone_number: "061-555-0108",
    business_type: BusinessType.WHOLESALE_PURCHASE,
    business_registration_number: "2118624682",
    status: SellerStatus.SUSPENDED,
    status_reason: "원산지 표시 위반 신고 확인 중",
    delivery_way: DeliveryWay.FRESH,
    delivery_cost: 5000,
    free_delivery_threshold: 60000,
    forwarding_place: "전라남도 완도군 완도읍 해변공원로 1",
  },
]

export function seedSellerEmail(key: string): string {
  return `${key}@${SEED_SELLER_EMAIL_DOMAIN}`
}

export type SellersSetup = { sellerIdsByKey: Record<string, string> }

/**
 * Sellers with their delivery and return policies, each seeded product linked to its seller
 * (by `metadata.seed_seller`) with a detail record, and — when GOPANG_SELLER_PASSWORD is set —
 * a `seller` login for every seeded seller. Everything is found by its natural key first
 * (e-mail, product link), so a second run adds nothing.
 */
export async function seedSellers(container: MedusaContainer, catalog: CatalogSetup): Promise<SellersSetup> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const sellerModule = container.resolve<SellerModuleService>(SELLER_MODULE)

  const emails = SEED_SELLERS.map((seller) => seedSellerEmail(seller.key))
  const existing = await sellerModule.listSellers({ email: emails }, { select: ["id", "email"] })
  const idsByEmail = new Map(existing.map((seller) => [seller.email, seller.id]))
  const sellerIdsByKey: Record<string, string> = {}
  let created = 0
  const termsModule = container.resolve<TermsModuleService>(TERMS_MODULE)
  const sellerAgreements = await termsModule.currentTerms({ audience: ConsentActorType.SELLER, kind: TermKind.AGREEMENT })

  for (const seed of SEED_SELLERS) {
    const email = seedSellerEmail(seed.key)
    let id = idsByEmail.get(email)
    if (!id) {
      const seller = await sellerModule.createSellers({
        email,
        name: seed.name,
        representative_name: seed.representative_name,
        phone_number: seed.phone_number,
        business_type: seed.business_type,
        business_registration_number: seed.business_registration_number,
        status: seed.status,
        status_reason: seed.status_reason ?? null,
        approved_at: seed.status === SellerStatus.PENDING ? null : new Date(),
        suspended_at: seed.status === SellerStatus.SUSPENDED ? new Date() : null,
      })
      await sellerModule.createSellerDeliveryPolicies({
        seller_id: seller.id,
        forwarding_place: seed.forwarding_place,
        delivery_jeju_mountain: seed.delivery_way !== DeliveryWay.FRESH,
        jeju_mountain_extra_cost: seed.delivery_way === DeliveryWay.FRESH ? 0 : 3000,
        courier_company: seed.delivery_way === DeliveryWay.FRESH ? "CJ대한통운 신선" : "CJ대한통운",
        delivery_way: seed.delivery_way,
        delivery_cost: seed.delivery_cost,
        free_delivery_threshold: seed.free_delivery_threshold,
        delivery_period: seed.delivery_way === DeliveryWay.MADE_TO_ORDER ? 7 : 2,
      })
      await sellerModule.createSellerReturnPolicies({
        seller_id: seller.id,
        address: seed.forwarding_place,
        return_delivery_cost: 3000,
        exchange_delivery_cost: 6000,
      })
      // A seeded seller joined like any other: it agreed to every seller agreement in force.
      await termsModule.recordConsents({
        actor_type: ConsentActorType.SELLER,
        actor_id: seller.id,
        terms: sellerAgreements.map((term) => ({ code: term.code, version: term.version, agreed: true })),
      })
      id = seller.id
      created++
    }
    sellerIdsByKey[seed.key] = id
  }

  // Seeded products without a seller yet: link them and give each its detail record.
  const productIds = Object.values(catalog.productIdsByHandle)
  // Read through the product (not the link's entry point), so that importing the seed does not
  // load link definitions before the app has registered its modules (the tests import it).
  const { data: linked } = await query.graph({
    entity: "product",
    fields: ["id", "seller.id"],
    filters: { id: productIds },
  })
  const linkedIds = new Set(linked.filter((row) => row.seller).map((row) => row.id))
  const seedsByHandle = new Map(SEED_PRODUCTS.map((product) => [product.handle, product]))
  const unlinked = Object.entries(catalog.productIdsByHandle).filter(([, id]) => !linkedIds.has(id))
  const links: LinkDefinition[] = []
  for (const [handle, productId] of unlinked) {
    const seed = seedsByHandle.get(handle)
    if (!seed) {
      continue
    }
    const sellerId = sellerIdsByKey[seed.seller]
    const sellerSeed = SEED_SELLERS.find((seller) => seller.key === seed.seller)!
    const detail = await sellerModule.createSellerProductDetails({
      item_label: `${sellerSeed.name} ${seed.handle}`,
      state: SaleState.ON_SALE,
      parallel_import: sellerSeed.business_type === BusinessType.OVERSEAS_DIRECT,
      minor_purchasable: true,
      max_order: seed.category.startsWith("food") ? 10 : null,
      tax: seed.tax_free ? TaxType.TAX_FREE : TaxType.TAXABLE,
      material: seed.material ?? null,
      maker: sellerSeed.name,
      manufacturer_item_name: seed.title,
      as_info: `${sellerSeed.name} 고객센터 ${sellerSeed.phone_number}`,
      quality_assurance: "관련 법 및 소비자분쟁해결기준에 따름",
    })
    links.push(
      { [SELLER_MODULE]: { seller_id: sellerId }, [Modules.PRODUCT]: { product_id: productId } },
      { [Modules.PRODUCT]: { product_id: productId }, [SELLER_MODULE]: { seller_product_detail_id: detail.id } }
    )
  }
  if (links.length) {
    await link.create(links)
  }

  const logins = await seedSellerLogins(container, sellerIdsByKey)
  logger.info(
    `seed: ${SEED_SELLERS.length} sellers (${created} new), ${unlinked.length} products linked to sellers, ${logins} seller logins`
  )
  return { sellerIdsByKey }
}

/** Seller logins only when GOPANG_SELLER_PASSWORD is set, as for the admin. */
async function seedSellerLogins(container: MedusaContainer, sellerIdsByKey: Record<string, string>): Promise<number> {
  const password = process.env.GOPANG_SELLER_PASSWORD
  if (!password) {
    return 0
  }
  const authModule = container.resolve(Modules.AUTH)
  let made = 0
  for (const [key, sellerId] of Object.entries(sellerIdsByKey)) {
    const email = seedSellerEmail(key)
    const [providerIdentity] = await authModule.listProviderIdentities(
      { entity_id: email, provider: "emailpass" },
      { select: ["auth_identity_id"] }
    )
    if (providerIdentity) {
      continue
    }
    const { authIdentity, error } = await authModule.register("emailpass", { body: { email, password } })
    if (error || !authIdentity) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `seed: seller identity not created: ${error}`)
    }
    await authModule.updateAuthIdentities({
      id: authIdentity.id,
      app_metadata: { ...(authIdentity.app_metadata ?? {}), seller_id: sellerId },
    })
    made++
  }
  return made
}
