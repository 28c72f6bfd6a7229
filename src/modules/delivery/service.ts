import type {
  CalculatedShippingOptionPrice,
  CalculateShippingOptionPriceDTO,
  CreateFulfillmentResult,
  FulfillmentOption,
} from "@medusajs/framework/types"
import { AbstractFulfillmentProviderService, MedusaError } from "@medusajs/framework/utils"

/**
 * The key under which Gopang's pricing hook (src/workflows/shipping/hooks/delivery-pricing.ts)
 * puts a cart's delivery quote into the calculation context. A fulfillment provider runs inside
 * the fulfillment module and cannot read sellers, so the quote is made outside and handed in.
 */
export const DELIVERY_QUOTE_CONTEXT_KEY = "gopang_delivery"

/** One seller's parcel in a quote: what the order saga charges for it. */
export type SellerDeliveryQuote = {
  seller_id: string
  items_total: number
  /** The fee including the island surcharge. */
  delivery_fee: number
  island_surcharge: number
}

export type DeliveryQuote = { postal_code: string | null; total: number; sellers: SellerDeliveryQuote[] }

function quoteOf(context: unknown): DeliveryQuote | undefined {
  const quote = (context as Record<string, unknown> | undefined)?.[DELIVERY_QUOTE_CONTEXT_KEY] as Partial<DeliveryQuote> | undefined
  if (!quote || typeof quote.total !== "number" || !Number.isInteger(quote.total) || quote.total < 0) {
    return undefined
  }
  return quote as DeliveryQuote
}

/**
 * 고팡 택배: the marketplace's parcel delivery as a calculated shipping option. The price of a
 * cart is the sum of each seller's delivery fee (free from the seller's threshold on, plus the
 * 제주·도서산간 surcharge by postal code), the same figure the order saga charges, so the store
 * API's shipping options show what `/api/v1/cart` shows. Fulfilment itself is done by the sellers
 * (tracking numbers through the seller API): nothing is sent anywhere from here.
 */
export class DeliveryProviderService extends AbstractFulfillmentProviderService {
  static override identifier = "gopang"

  override async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return [{ id: "gopang-parcel", name: "고팡 택배 (판매자별 배송비)" }]
  }

  override async validateFulfillmentData(_optionData: Record<string, unknown>, data: Record<string, unknown>): Promise<Record<string, unknown>> {
    return data
  }

  override async validateOption(): Promise<boolean> {
    return true
  }

  override async canCalculate(): Promise<boolean> {
    return true
  }

  override async calculatePrice(
    _optionData: CalculateShippingOptionPriceDTO["optionData"],
    _data: CalculateShippingOptionPriceDTO["data"],
    context: CalculateShippingOptionPriceDTO["context"]
  ): Promise<CalculatedShippingOptionPrice> {
    const quote = quoteOf(context)
    if (!quote) {
      // Only Gopang's pricing hook supplies the quote; a calculation without it has no answer.
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "배송비를 계산할 수 없습니다: 장바구니 정보가 없습니다.")
    }
    // KRW prices in Gopang include VAT (the store's currency is tax-inclusive).
    return { calculated_amount: quote.total, is_calculated_price_tax_inclusive: true }
  }

  override async createFulfillment(): Promise<CreateFulfillmentResult> {
    return { data: {}, labels: [] }
  }

  override async cancelFulfillment(): Promise<Record<string, unknown>> {
    return {}
  }

  override async createReturnFulfillment(): Promise<CreateFulfillmentResult> {
    return { data: {}, labels: [] }
  }
}

export default DeliveryProviderService
