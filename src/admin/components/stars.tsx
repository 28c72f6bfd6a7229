import { Star, StarSolid } from "@medusajs/icons"

export const Stars = ({ rating }: { rating: number }) => (
  <span className="text-ui-tag-orange-icon flex items-center" aria-label={`${rating} / 5`} data-rating={rating}>
    {[1, 2, 3, 4, 5].map((n) => (n <= rating ? <StarSolid key={n} /> : <Star key={n} className="text-ui-fg-muted" />))}
  </span>
)
