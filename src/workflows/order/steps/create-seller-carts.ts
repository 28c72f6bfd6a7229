import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Receiver } from "../../../modules/order-group"
import { deliveryFee } from "../utils/delivery-fee"
import type { OrderPlan } from "./validate-order-request"

export type CreateSellerCartsStepInput = { plan: OrderPlan; receiver: Receiver }

export type SellerCartLine = {
  id: string
  variant_id: string
  product_id: string
  quantity: number
  unit_price: number
  /** 0 for tax-free goods (면세), 10 for goods with VAT. */
  tax_rate: number
}

export type SellerCart = {
  cart_id: string
  seller_id: string
  seller_name: string
  lines: SellerCartLine[]
  items_total: number
  delivery_fee: number
  island_surcharge: number
  total: number
}

type CartRow = {
  id: string
  items: {
    id: string
    variant_id: string
    product_id: string
    quantity: number
    unit_price: number
    tax_lines: { rate: number }[] | null
  }[]
}

export const createSellerCartsStepId = "create-seller-carts"

/**
 * Step 2: one Medusa cart per seller (Medusa prices the lines and adds their VAT lines), with the
 * seller's delivery fee as the cart's shipping method: free from the seller's threshold on, plus
 * the island surcharge. Compensation deletes the carts.
 */
export const createSellerCartsStep = createStep(
  createSellerCartsStepId,
  async ({ plan, receiver }: CreateSellerCartsStepInput, { container }) => {
    const cartModule = container.resolve(Modules.CART)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const created: string[] = []
    const carts: SellerCart[] = []
    try {
      for (const seller of plan.sellers) {
        const { result } = await createCartWorkflow(container)
          .run({
            input: {
              region_id: plan.region_id,
              sales_channel_id: plan.sales_channel_id ?? undefined,
              currency_code: "krw",
              customer_id: plan.customer.id,
              email: plan.customer.email || undefined,
              shipping_address: {
                first_name: receiver.name,
                phone: receiver.phone,
                postal_code: receiver.zip_code,
                address_1: receiver.address,
                address_2: receiver.address_detail ?? undefined,
                country_code: "kr",
              },
              items: seller.lines.map((line) => ({ variant_id: line.variant_id, quantity: line.quantity })),
              metadata: { gopang_seller_id: seller.seller_id },
            },
          })
          .catch((error: Error) => {
            // Medusa's own stock check: another order took the last units since step 1.
            if (/inventory|stock/i.test(error.message)) {
              throw new MedusaError(MedusaError.Types.CONFLICT, "재고가 부족합니다.", "out_of_stock")
            }
            throw error
          })
        created.push(result.id)
        const { data } = await query.graph({
          entity: "cart",
          fields: ["id", "items.id", "items.variant_id", "items.product_id", "items.quantity", "items.unit_price", "items.tax_lines.rate"],
          filters: { id: result.id },
        })
        const cart = data[0] as unknown as CartRow
        const lines = cart.items.map((item) => ({
          id: item.id,
          variant_id: item.variant_id,
          product_id: item.product_id,
          quantity: Number(item.quantity),
          unit_price: Number(item.unit_price),
          tax_rate: Number(item.tax_lines?.[0]?.rate ?? 0),
        }))
        const itemsTotal = lines.reduce((sum, line) => sum + line.unit_price * line.quantity, 0)
        const fee = deliveryFee(itemsTotal, seller.delivery_cost, seller.free_delivery_threshold) + seller.island_surcharge
        await cartModule.addShippingMethods({
          cart_id: result.id,
          name: "일반배송",
          shipping_option_id: plan.shipping_option_id,
          amount: fee,
          data: { seller_id: seller.seller_id, island_surcharge: seller.island_surcharge },
        })
        carts.push({
          cart_id: result.id,
          seller_id: seller.seller_id,
          seller_name: seller.seller_name,
          lines,
          items_total: itemsTotal,
          delivery_fee: fee,
          island_surcharge: seller.island_surcharge,
          total: itemsTotal + fee,
        })
      }
    } catch (error) {
      // A step that throws is not compensated: remove what this one made before failing.
      if (created.length) {
        await cartModule.deleteCarts(created)
      }
      throw error
    }
    return new StepResponse(carts, created)
  },
  async (cartIds, { container }) => {
    if (!cartIds?.length) {
      return
    }
    await container.resolve(Modules.CART).deleteCarts(cartIds)
  }
)
