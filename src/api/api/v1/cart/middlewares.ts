import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../utils/validate"
import { AddCartItemBody, CartQuery, UpdateCartItemBody } from "./validators"

/** Members and guests share the cart routes: a customer token is read when present, not required. */
const optionalCustomer = authenticate("customer", ["bearer", "session"], { allowUnauthenticated: true })
/** Every cart answer shows fees for `?zipCode=` (else the member's default address). */
const cartQuery = validateQuery(CartQuery)

export const cartRoutes: MiddlewareRoute[] = [
  { matcher: "/api/v1/cart", methods: ["GET"], middlewares: [optionalCustomer, cartQuery] },
  { matcher: "/api/v1/cart/items", methods: ["POST"], middlewares: [optionalCustomer, cartQuery, validateBody(AddCartItemBody)] },
  { matcher: "/api/v1/cart/items", methods: ["DELETE"], middlewares: [optionalCustomer, cartQuery] },
  {
    matcher: "/api/v1/cart/items/:itemId",
    methods: ["PUT"],
    middlewares: [optionalCustomer, cartQuery, validateBody(UpdateCartItemBody)],
  },
  { matcher: "/api/v1/cart/items/:itemId", methods: ["DELETE"], middlewares: [optionalCustomer, cartQuery] },
]
