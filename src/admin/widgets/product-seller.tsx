import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { SellerStatusBadge } from "../components/seller-status-badge"
import { errorMessage } from "../lib/sdk"
import { useProductSeller } from "../lib/sellers"

/** The shop that sells this product (product ↔ seller link), beside the product's details. */
const ProductSellerWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { t } = useTranslation()
  const { data: seller, isLoading, error } = useProductSeller(product.id)
  return (
    <Container className="divide-y p-0" data-testid="product-seller-widget">
      <div className="px-6 py-4">
        <Heading level="h2">{t("gopang.widgets.seller.title")}</Heading>
      </div>
      <div className="px-6 py-4">
        {isLoading ? (
          <Text size="small">{t("gopang.common.loading")}</Text>
        ) : error ? (
          <Text size="small" className="text-ui-fg-error">
            {errorMessage(error)}
          </Text>
        ) : seller ? (
          <div className="flex items-center justify-between gap-2">
            <div>
              <Link to={`/sellers/${seller.id}`} className="text-ui-fg-interactive text-sm font-medium">
                {seller.name}
              </Link>
              <Text size="small" className="text-ui-fg-subtle">
                {seller.representative_name} · {seller.email}
              </Text>
            </div>
            <SellerStatusBadge status={seller.status} />
          </div>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            {t("gopang.widgets.seller.none")}
          </Text>
        )}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side.before" })

export default ProductSellerWidget
