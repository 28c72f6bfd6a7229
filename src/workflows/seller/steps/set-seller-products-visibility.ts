import type { LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type SetSellerProductsVisibilityStepInput = {
  seller_id: string
  visible: boolean
}

export const setSellerProductsVisibilityStepId = "set-seller-products-visibility"

function channelLink(productId: string, salesChannelId: string): LinkDefinition {
  return {
    [Modules.PRODUCT]: { product_id: productId },
    [Modules.SALES_CHANNEL]: { sales_channel_id: salesChannelId },
  }
}

/**
 * Hides a suspended or closed seller's products from every storefront by taking them out of
 * their sales channels (so the store API, the catalog and add-to-cart all stop offering them),
 * and puts them back in the store's default channel on reinstatement. The compensation
 * restores exactly the links it removed or removes exactly those it added.
 */
export const setSellerProductsVisibilityStep = createStep(
  setSellerProductsVisibilityStepId,
  async (input: SetSellerProductsVisibilityStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const link = container.resolve(ContainerRegistrationKeys.LINK)

    const { data: sellers } = await query.graph({
      entity: "seller",
      fields: ["products.id", "products.sales_channels.id"],
      filters: { id: input.seller_id },
    })
    type Product = { id: string; sales_channels?: ({ id: string } | null)[] | null }
    const products = ((sellers[0]?.products ?? []) as (Product | null)[])
      .filter((product): product is Product => !!product)
      .map((product) => ({ product_id: product.id, product }))

    if (!input.visible) {
      const removed = products.flatMap((row) =>
        (row.product.sales_channels ?? [])
          .filter((channel): channel is { id: string } => !!channel)
          .map((channel) => channelLink(row.product_id, channel.id))
      )
      if (removed.length) {
        await link.dismiss(removed)
      }
      return new StepResponse({ changed: removed.length }, { removed, added: [] as LinkDefinition[] })
    }

    const { data: stores } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
    const salesChannelId = stores[0]?.default_sales_channel_id
    const added = salesChannelId
      ? products
          .filter((row) => !(row.product.sales_channels ?? []).some((channel) => channel?.id === salesChannelId))
          .map((row) => channelLink(row.product_id, salesChannelId))
      : []
    if (added.length) {
      await link.create(added)
    }
    return new StepResponse({ changed: added.length }, { removed: [] as LinkDefinition[], added })
  },
  async (changes, { container }) => {
    if (!changes) {
      return
    }
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (changes.removed.length) {
      await link.create(changes.removed)
    }
    if (changes.added.length) {
      await link.dismiss(changes.added)
    }
  }
)
