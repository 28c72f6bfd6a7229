/** Cart metadata key holding a guest cart's secret (the part of its token after the cart id). */
export const GUEST_CART_SECRET_KEY = "gopang_cart_secret"
/** Cart metadata key set on a guest cart merged into a member's cart: the member cart's id. */
export const MERGED_INTO_KEY = "gopang_merged_into"
