import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import Seller from "./models/seller"
import SellerDeliveryPolicy from "./models/seller-delivery-policy"
import SellerProductDetail from "./models/seller-product-detail"
import SellerReturnPolicy from "./models/seller-return-policy"
import { SELLER_STATUS_LABELS, SELLER_STATUS_TRANSITIONS, type SellerStatus } from "./types"
import { isPurchasable, purchasabilityOf, type PurchasableDetail } from "./utils/purchasable"

/**
 * Sellers, their delivery and return policies and their products' detail records. Thin: the
 * invariants of its own tables only; everything that touches other modules is in
 * src/workflows/seller.
 */
export default class SellerModuleService extends MedusaService({
  Seller,
  SellerDeliveryPolicy,
  SellerReturnPolicy,
  SellerProductDetail,
}) {
  /** Throws NOT_ALLOWED unless the status machine allows `from` → `to`. */
  assertStatusTransition(from: SellerStatus, to: SellerStatus): void {
    if (!SELLER_STATUS_TRANSITIONS[from].includes(to)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `판매자 상태를 '${SELLER_STATUS_LABELS[from]}'에서 '${SELLER_STATUS_LABELS[to]}'(으)로 바꿀 수 없습니다.`
      )
    }
  }

  isPurchasable(detail: PurchasableDetail, now: Date = new Date()): boolean {
    return isPurchasable(detail, now)
  }

  purchasabilityOf(detail: PurchasableDetail, now: Date = new Date()) {
    return purchasabilityOf(detail, now)
  }
}
