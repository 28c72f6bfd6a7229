import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { useReviewSummary } from "../lib/reviews"
import { errorMessage } from "../lib/sdk"
import { Stars } from "../components/stars"

/** The product's published-review summary, as shoppers see it, with a link to its reviews. */
const ProductReviewsWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { t } = useTranslation()
  const { data: summary, isLoading, error } = useReviewSummary(product.id)
  return (
    <Container className="divide-y p-0" data-testid="product-reviews-widget">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("gopang.widgets.reviews.title")}</Heading>
        <Link to={`/reviews?product_id=${product.id}`} className="text-ui-fg-interactive text-sm">
          {t("gopang.widgets.reviews.manage")}
        </Link>
      </div>
      <div className="flex flex-col gap-2 px-6 py-4">
        {isLoading ? (
          <Text size="small">{t("gopang.common.loading")}</Text>
        ) : error || !summary ? (
          <Text size="small" className="text-ui-fg-error">
            {errorMessage(error)}
          </Text>
        ) : (
          <>
            <div className="flex items-center gap-2">
              <Stars rating={Math.round(summary.average)} />
              <Text size="small" weight="plus" data-testid="product-reviews-average">
                {summary.average.toFixed(1)}
              </Text>
              <Text size="small" className="text-ui-fg-subtle" data-testid="product-reviews-count">
                {t("gopang.widgets.reviews.count", { reviews: summary.count, photos: summary.photoCount })}
              </Text>
            </div>
            {(["5", "4", "3", "2", "1"] as const).map((star) => (
              <div key={star} className="flex items-center gap-2">
                <Text size="xsmall" className="w-6">
                  {star}★
                </Text>
                <div className="bg-ui-bg-component h-2 flex-1 rounded">
                  <div
                    className="bg-ui-tag-orange-icon h-2 rounded"
                    style={{ width: `${summary.count ? (summary.stars[star] / summary.count) * 100 : 0}%` }}
                  />
                </div>
                <Text size="xsmall" className="w-6 text-right">
                  {summary.stars[star]}
                </Text>
              </div>
            ))}
          </>
        )}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side.after" })

export default ProductReviewsWidget
