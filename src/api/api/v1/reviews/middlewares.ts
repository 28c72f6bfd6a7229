import type { MiddlewareRoute } from "@medusajs/framework/http"
import { adminReviewMiddlewares } from "../../../admin/reviews/middlewares"
import { requireActor } from "../../../utils/authenticate"
import { validateBody, validateQuery } from "../../../utils/validate"
import { sellerReviewMiddlewares } from "../seller/reviews/middlewares"
import { reviewImagesUpload } from "./uploads"
import { CreateReviewBody, PageQuery, ProductReviewsQuery, UpdateReviewBody, VoteReviewBody } from "./validators"

const customer = requireActor("customer", ["bearer", "session"])

/** Every review route: shoppers (/api/v1/reviews, /reviewers), sellers and operators. */
export const reviewRoutes: MiddlewareRoute[] = [
  // Public: a product's reviews and a reviewer's page.
  { methods: ["GET"], matcher: "/api/v1/reviews/item", middlewares: [validateQuery(ProductReviewsQuery)] },
  { methods: ["GET"], matcher: "/api/v1/reviewers/:customerId/reviews", middlewares: [validateQuery(PageQuery)] },
  { methods: ["GET"], matcher: "/api/v1/reviews", middlewares: [customer, validateQuery(PageQuery)] },
  {
    methods: ["POST"],
    matcher: "/api/v1/reviews",
    middlewares: [customer, reviewImagesUpload, validateBody(CreateReviewBody)],
  },
  {
    methods: ["PUT"],
    matcher: "/api/v1/reviews/:reviewId",
    middlewares: [customer, reviewImagesUpload, validateBody(UpdateReviewBody)],
  },
  { methods: ["DELETE"], matcher: "/api/v1/reviews/:reviewId", middlewares: [customer] },
  { methods: ["POST"], matcher: "/api/v1/reviews/:reviewId/votes", middlewares: [customer, validateBody(VoteReviewBody)] },
  { methods: ["DELETE"], matcher: "/api/v1/reviews/:reviewId/votes", middlewares: [customer] },
  ...sellerReviewMiddlewares,
  ...adminReviewMiddlewares,
]
