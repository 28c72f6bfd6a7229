import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../../utils/validate"
import { AddCartItemBody, UpdateCartItemBody } from "./validators"

/** Members and guests share the cart routes: a customer token is read when present, not required. */
const optionalCustomer = authenticate("customer", ["bearer", "session"], { allowUnauthenticated: true })

export const cartRoutes: MiddlewareRoute[] = [
  { matcher: "/api/v1/cart", methods: ["GET"], middlewares: [optionalCustomer] },
  { matcher: "/api/v1/cart/items", methods: ["POST"], middlewares: [optionalCustomer, validateBody(AddCartItemBody)] },
  { matcher: "/api/v1/cart/items", methods: ["DELETE"], middlewares: [optionalCustomer] },
  {
    matcher: "/api/v1/cart/items/:itemId",
    methods: ["PUT"],
    middlewares: [optionalCustomer, validateBody(UpdateCartItemBody)],
  },
  { matcher: "/api/v1/cart/items/:itemId", methods: ["DELETE"], middlewares: [optionalCustomer] },
]
