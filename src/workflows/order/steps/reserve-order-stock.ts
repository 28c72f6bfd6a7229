import type { IInventoryService, InventoryTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SellerCart } from "./create-seller-carts"

/**
 * `group_id`: the purchase, kept on every reservation (`external_id`) so that a purchase whose
 * process died before its orders existed can have its stock released by the reconciliation.
 */
export type ReserveOrderStockStepInput = { carts: SellerCart[]; sales_channel_id: string | null; group_id: string }

type VariantRow = {
  id: string
  title: string | null
  manage_inventory: boolean
  allow_backorder: boolean
  product: { title: string } | null
  inventory_items: { inventory_item_id: string; required_quantity: number }[] | null
}

/** A rush on one item queues orders one reservation at a time: give the queue time to drain. */
const LOCK_TIMEOUT_SECONDS = 30

/** Refuses (409 out_of_stock) when a location holds fewer units than these reservations want. */
async function assertStockFor(inventory: IInventoryService, wanted: InventoryTypes.CreateReservationItemInput[]): Promise<void> {
  const needed = new Map<string, { item: string; location: string; quantity: number }>()
  for (const reservation of wanted) {
    if (reservation.allow_backorder) {
      continue
    }
    const key = `${reservation.inventory_item_id}:${reservation.location_id}`
    const entry = needed.get(key) ?? { item: reservation.inventory_item_id, location: reservation.location_id, quantity: 0 }
    entry.quantity += Number(reservation.quantity)
    needed.set(key, entry)
  }
  for (const { item, location, quantity } of needed.values()) {
    const available = Number(await inventory.retrieveAvailableQuantity(item, [location]))
    if (available < quantity) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "재고가 부족합니다. 다른 고객의 주문으로 남은 수량이 줄었습니다.", "out_of_stock")
    }
  }
}

export const reserveOrderStockStepId = "reserve-order-stock"

/**
 * Step 3: reserves every line's stock under Medusa's lock on the inventory items (the Redis
 * locking provider when several processes run), so concurrent orders cannot sell the same unit:
 * the inventory module refuses a reservation beyond what is available. Compensation deletes
 * the reservations under the same lock.
 */
export const reserveOrderStockStep = createStep(
  reserveOrderStockStepId,
  async (input: ReserveOrderStockStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    const lines = input.carts.flatMap((cart) => cart.lines)
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "title", "manage_inventory", "allow_backorder", "product.title", "inventory_items.inventory_item_id", "inventory_items.required_quantity"],
      filters: { id: [...new Set(lines.map((line) => line.variant_id))] },
    })
    const variantById = new Map((variants as unknown as VariantRow[]).map((variant) => [variant.id, variant]))
    let locationIds: string[] = []
    if (input.sales_channel_id) {
      const { data } = await query.graph({ entity: "sales_channel", fields: ["stock_locations.id"], filters: { id: input.sales_channel_id } })
      locationIds = ((data[0] as unknown as { stock_locations?: { id: string }[] })?.stock_locations ?? []).map((l) => l.id)
    }
    // One query for the stock levels of every line, not one per line.
    const inventoryItemIds = [...variantById.values()].flatMap((v) => (v.inventory_items ?? []).map((i) => i.inventory_item_id))
    const levels = inventoryItemIds.length
      ? await inventory.listInventoryLevels({
          inventory_item_id: inventoryItemIds,
          ...(locationIds.length ? { location_id: locationIds } : {}),
        })
      : []
    const locationOf = new Map<string, string>()
    for (const level of levels) {
      if (!locationOf.has(level.inventory_item_id)) {
        locationOf.set(level.inventory_item_id, level.location_id)
      }
    }
    const wanted: InventoryTypes.CreateReservationItemInput[] = []
    for (const line of lines) {
      const variant = variantById.get(line.variant_id)
      if (!variant?.manage_inventory) {
        continue
      }
      for (const item of variant.inventory_items ?? []) {
        const locationId = locationOf.get(item.inventory_item_id)
        if (!locationId) {
          throw new MedusaError(MedusaError.Types.CONFLICT, `'${variant.product?.title ?? variant.title}'의 재고가 없습니다.`, "out_of_stock")
        }
        wanted.push({
          line_item_id: line.id,
          external_id: input.group_id,
          inventory_item_id: item.inventory_item_id,
          location_id: locationId,
          quantity: MathBN.mult(item.required_quantity, line.quantity),
          allow_backorder: variant.allow_backorder,
        })
      }
    }
    if (!wanted.length) {
      return new StepResponse({ reservation_ids: [] as string[] }, { reservation_ids: [] as string[], inventory_item_ids: [] as string[] })
    }
    const lockKeys = [...new Set(wanted.map((w) => w.inventory_item_id))]
    // Under the lock the stock is judged here (a typed refusal), then reserved; a failure before
    // the lock was held is the lock's (too many orders at once), told by state, not by message.
    let locked = false
    const reservations = await locking
      .execute(
        lockKeys,
        async () => {
          locked = true
          await assertStockFor(inventory, wanted)
          return await inventory.createReservationItems(wanted)
        },
        { timeout: LOCK_TIMEOUT_SECONDS }
      )
      .catch((error: Error) => {
        if (!locked) {
          throw new MedusaError(MedusaError.Types.CONFLICT, "주문이 몰리고 있습니다. 잠시 후 다시 시도해 주세요.", "busy")
        }
        throw error
      })
    const reservationIds = reservations.map((r) => r.id)
    return new StepResponse({ reservation_ids: reservationIds }, { reservation_ids: reservationIds, inventory_item_ids: lockKeys })
  },
  async (reserved, { container }) => {
    if (!reserved?.reservation_ids.length) {
      return
    }
    const inventory = container.resolve(Modules.INVENTORY)
    await container
      .resolve(Modules.LOCKING)
      .execute(reserved.inventory_item_ids, async () => await inventory.deleteReservationItems(reserved.reservation_ids), {
        timeout: LOCK_TIMEOUT_SECONDS,
      })
  }
)
