import { randomBytes, timingSafeEqual } from "node:crypto"
import type { MedusaRequest } from "@medusajs/framework/http"
import type { CartDTO, MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { GUEST_CART_SECRET_KEY } from "../../../../workflows/cart/constants"
import { mergeGuestCartWorkflow } from "../../../../workflows/cart/workflows/merge-guest-cart"
import { cartView, type CartView } from "./cart-view"

export const CART_TOKEN_HEADER = "x-cart-token"
export const CART_TOKEN_COOKIE = "gopang_cart_token"
const COOKIE_MAX_AGE_SECONDS = 30 * 24 * 60 * 60

/** Whose cart a request works on: a member's (by token) or a guest's (by cart token). */
export type CartContext = {
  cartId: string
  customerId: string | null
  /** Customers marked with `metadata.is_minor === true` may not buy minor-restricted items. */
  isMinor: boolean
  /** The guest cart token, echoed back to guests. */
  guestToken?: string
}

/** Only what the cart context writes on the response: the guest token header and cookie. */
type HeaderWriter = { setHeader(name: string, value: string): unknown }

type AuthContext = { actor_id?: string; actor_type?: string }

function cookieValue(req: MedusaRequest, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=")
    if (key === name) {
      return decodeURIComponent(rest.join("="))
    }
  }
  return undefined
}

/** The guest cart token from the header, else from the cookie. */
export function guestTokenOf(req: MedusaRequest): string | undefined {
  const header = req.get(CART_TOKEN_HEADER)?.trim()
  return header || cookieValue(req, CART_TOKEN_COOKIE) || undefined
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

/**
 * The open guest cart a token names. A token is `<cart id>.<random secret>`: the id finds the
 * cart, the secret (kept in the cart's metadata) proves it is the caller's — a cart id alone,
 * being a ULID, is guessable. Unknown, completed or claimed carts answer 404.
 */
export async function findGuestCart(scope: MedusaContainer, token: string): Promise<CartDTO> {
  const [cartId, secret] = token.split(".")
  const notFound = new MedusaError(MedusaError.Types.NOT_FOUND, "장바구니를 찾을 수 없습니다.")
  if (!cartId || !secret) {
    throw notFound
  }
  const carts = scope.resolve(Modules.CART)
  const [cart] = await carts.listCarts({ id: cartId }, { select: ["id", "customer_id", "completed_at", "metadata"] })
  const stored = cart?.metadata?.[GUEST_CART_SECRET_KEY]
  if (!cart || cart.completed_at || cart.customer_id || typeof stored !== "string" || !sameSecret(stored, secret)) {
    throw notFound
  }
  return cart
}

async function koreanMarket(scope: MedusaContainer): Promise<{ regionId: string; salesChannelId?: string }> {
  const [region] = await scope.resolve(Modules.REGION).listRegions({ currency_code: "krw" }, { take: 1 })
  if (!region) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "판매 지역(대한민국)이 설정되지 않았습니다.")
  }
  const [store] = await scope.resolve(Modules.STORE).listStores({}, { take: 1 })
  return { regionId: region.id, salesChannelId: store?.default_sales_channel_id ?? undefined }
}

async function createCart(
  scope: MedusaContainer,
  input: { customerId?: string; metadata?: Record<string, unknown> }
): Promise<string> {
  const { regionId, salesChannelId } = await koreanMarket(scope)
  const { result } = await createCartWorkflow(scope).run({
    input: {
      region_id: regionId,
      sales_channel_id: salesChannelId,
      currency_code: "krw",
      customer_id: input.customerId,
      metadata: input.metadata,
    },
  })
  return result.id
}

/** The member's latest open cart in the Korean region, made when they have none. */
export async function memberCartId(scope: MedusaContainer, customerId: string): Promise<string> {
  const { regionId } = await koreanMarket(scope)
  // Newest first; a shopper has few carts (one per completed order), the open one is the latest.
  const carts = await scope
    .resolve(Modules.CART)
    .listCarts(
      { customer_id: customerId, region_id: regionId },
      { select: ["id", "completed_at"], order: { created_at: "DESC" }, take: 20 }
    )
  const open = carts.find((cart) => !cart.completed_at)
  return open?.id ?? (await createCart(scope, { customerId }))
}

/**
 * Resolves the caller's cart. Members (a customer token) get their own cart; guests the cart
 * their token names, or a new one with a new token on the first call.
 */
export async function cartContext(req: MedusaRequest, res: HeaderWriter): Promise<CartContext> {
  const auth = (req as MedusaRequest & { auth_context?: AuthContext }).auth_context
  const token = guestTokenOf(req)
  if (auth?.actor_type === "customer" && auth.actor_id) {
    const customer = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(auth.actor_id)
    const isMinor = customer.metadata?.is_minor === true
    const cartId = await memberCartId(req.scope, customer.id)
    if (token) {
      await mergeGuestCart(req.scope, token, cartId, isMinor)
      clearGuestToken(res)
    }
    return { cartId, customerId: customer.id, isMinor }
  }

  // A token that does not authenticate a customer (expired, a seller's) is refused, not
  // silently turned into a guest with an empty cart.
  if (req.headers.authorization?.toLowerCase().startsWith("bearer ")) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "로그인이 필요합니다.")
  }
  let guestToken = token
  let cartId: string
  if (guestToken) {
    cartId = (await findGuestCart(req.scope, guestToken)).id
  } else {
    const secret = randomBytes(24).toString("base64url")
    cartId = await createCart(req.scope, { metadata: { [GUEST_CART_SECRET_KEY]: secret } })
    guestToken = `${cartId}.${secret}`
  }
  res.setHeader(CART_TOKEN_HEADER, guestToken)
  res.setHeader(
    "Set-Cookie",
    `${CART_TOKEN_COOKIE}=${encodeURIComponent(guestToken)}; Path=/api/v1/cart; Max-Age=${COOKIE_MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax`
  )
  return { cartId, customerId: null, isMinor: false, guestToken }
}

/**
 * The postal code a cart's fees are shown for: `?zipCode=` when given, else the member's default
 * shipping address (as `/api/v1/user/me` shows it), else none (no island surcharge).
 */
export async function cartZipCode(req: MedusaRequest, context: CartContext): Promise<string | null> {
  const asked = (req.validatedQuery as { zipCode?: string } | undefined)?.zipCode
  if (asked) {
    return asked
  }
  if (!context.customerId) {
    return null
  }
  const addresses = await req.scope
    .resolve(Modules.CUSTOMER)
    .listCustomerAddresses({ customer_id: context.customerId }, { select: ["postal_code", "is_default_shipping"] })
  const address = addresses.find((candidate) => candidate.is_default_shipping) ?? addresses[0]
  return address?.postal_code ?? null
}

/** What every cart route answers: the cart view for the caller's postal code, and the guest token. */
export async function cartAnswer(req: MedusaRequest, context: CartContext): Promise<CartView> {
  const view = await cartView(req.scope, context.cartId, { zipCode: await cartZipCode(req, context) })
  return { ...view, cartToken: context.guestToken }
}

function clearGuestToken(res: HeaderWriter): void {
  res.setHeader("Set-Cookie", `${CART_TOKEN_COOKIE}=; Path=/api/v1/cart; Max-Age=0; HttpOnly; SameSite=Lax`)
}

/**
 * A guest who logged in: their guest cart (when the token still names one) merges into their
 * member cart. A stale token (already merged, forged) is ignored rather than refused, so a
 * logged-in shopper is never locked out of their own cart by a leftover cookie.
 */
async function mergeGuestCart(scope: MedusaContainer, token: string, memberCartId: string, isMinor: boolean): Promise<void> {
  let guestCartId: string
  try {
    guestCartId = (await findGuestCart(scope, token)).id
  } catch (error) {
    if ((error as MedusaError).type === MedusaError.Types.NOT_FOUND) {
      return
    }
    throw error
  }
  await mergeGuestCartWorkflow(scope).run({
    input: { guest_cart_id: guestCartId, member_cart_id: memberCartId, is_minor: isMinor },
  })
}
