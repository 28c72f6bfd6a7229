import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { createDataTableColumnHelper } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { type ListColumns, ListPage, oneOf, useListState } from "../../components/list-page"
import { SellerStatusBadge, useSellerStatusName } from "../../components/seller-status-badge"
import { formatDateTime } from "../../lib/format"
import { type AdminSeller, SELLER_STATUSES, useSellers } from "../../lib/sellers"

const column = createDataTableColumnHelper<AdminSeller>()

const SellersPage = () => {
  const { t } = useTranslation()
  const statusName = useSellerStatusName()
  const list = useListState<"status" | "q">()
  const { data, isLoading, error } = useSellers({
    status: oneOf(SELLER_STATUSES, list.filters.status),
    q: list.filters.q,
    ...list.page,
  })
  const columns: ListColumns<AdminSeller> = useMemo(
    () => [
      column.accessor("name", { header: t("gopang.sellers.columns.shop") }),
      column.accessor("representative_name", { header: t("gopang.sellers.columns.representative") }),
      column.accessor("email", { header: t("gopang.sellers.columns.email") }),
      column.accessor("business_registration_number", { header: t("gopang.sellers.columns.businessNumber") }),
      column.accessor("status", {
        header: t("gopang.sellers.columns.status"),
        cell: ({ row }) => <SellerStatusBadge status={row.original.status} />,
      }),
      column.accessor("created_at", {
        header: t("gopang.sellers.columns.joined"),
        cell: ({ getValue }) => formatDateTime(getValue()),
      }),
    ],
    [t]
  )

  return (
    <ListPage
      title={t("gopang.sellers.title")}
      description={t("gopang.sellers.description")}
      testId="seller-list"
      list={list}
      filters={[
        {
          kind: "select",
          id: "status",
          testId: "seller-status-filter",
          allLabel: t("gopang.common.allStatuses"),
          options: SELLER_STATUSES.map((value) => ({ value, label: statusName(value) })),
        },
        { kind: "search", id: "q", testId: "seller-search", placeholder: t("gopang.sellers.search") },
      ]}
      columns={columns}
      query={{ rows: data?.sellers, count: data?.count, isLoading, error }}
      rowHref={(seller) => `/sellers/${seller.id}`}
      empty={{ empty: t("gopang.sellers.empty"), filtered: t("gopang.sellers.filteredEmpty") }}
    />
  )
}

export const config = defineRouteConfig({ label: "gopang.nav.sellers", translationNs: "translation", icon: BuildingStorefront })

export default SellersPage
