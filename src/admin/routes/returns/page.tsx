import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowUturnLeft } from "@medusajs/icons"
import { createDataTableColumnHelper } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { AftersalesStateBadge, AftersalesTypeBadge, useAftersalesNames } from "../../components/aftersales-badges"
import { type ListColumns, ListPage, oneOf, useListState } from "../../components/list-page"
import {
  AFTERSALES_STATES,
  type AdminAftersalesRequest,
  type AftersalesType,
  useAftersalesRequests,
} from "../../lib/aftersales"
import { formatDateTime, formatWon } from "../../lib/format"
import { useSellers } from "../../lib/sellers"

const AFTERSALES_TYPES: AftersalesType[] = ["return", "exchange"]

const column = createDataTableColumnHelper<AdminAftersalesRequest>()

const ReturnsPage = () => {
  const { t } = useTranslation()
  const names = useAftersalesNames()
  const list = useListState<"state" | "type" | "seller_id">()
  const sellers = useSellers({ limit: 100, offset: 0 })
  const { data, error, isLoading } = useAftersalesRequests({
    state: oneOf(AFTERSALES_STATES, list.filters.state),
    type: oneOf(AFTERSALES_TYPES, list.filters.type),
    seller_id: list.filters.seller_id,
    ...list.page,
  })
  const columns: ListColumns<AdminAftersalesRequest> = useMemo(
    () => [
      column.accessor("display_id", {
        header: t("gopang.aftersales.columns.number"),
        cell: ({ getValue }) => `#${getValue()}`,
      }),
      column.accessor("type", {
        header: t("gopang.aftersales.columns.type"),
        cell: ({ row }) => <AftersalesTypeBadge type={row.original.type} />,
      }),
      column.accessor((request) => request.items.map((item) => `${item.title} × ${item.quantity}`).join(", "), {
        id: "items",
        header: t("gopang.aftersales.columns.items"),
      }),
      column.accessor("reason", {
        header: t("gopang.aftersales.columns.reason"),
        cell: ({ getValue }) => names.reason(getValue()),
      }),
      column.accessor((request) => request.seller?.name ?? request.seller_id, {
        id: "seller",
        header: t("gopang.aftersales.columns.seller"),
      }),
      column.accessor("refund_amount", {
        header: t("gopang.aftersales.columns.refund"),
        align: "right",
        cell: ({ row }) => (row.original.type === "return" ? formatWon(row.original.refund_amount) : "–"),
      }),
      column.accessor("state", {
        header: t("gopang.aftersales.columns.state"),
        cell: ({ row }) => <AftersalesStateBadge state={row.original.state} />,
      }),
      column.accessor("created_at", {
        header: t("gopang.aftersales.columns.requested"),
        cell: ({ getValue }) => formatDateTime(getValue()),
      }),
    ],
    [t, names]
  )

  return (
    <ListPage
      title={t("gopang.aftersales.title")}
      description={t("gopang.aftersales.description")}
      testId="aftersales-list"
      list={list}
      filters={[
        {
          kind: "select",
          id: "state",
          testId: "aftersales-state-filter",
          allLabel: t("gopang.aftersales.allStates"),
          options: AFTERSALES_STATES.map((value) => ({ value, label: names.state(value) })),
        },
        {
          kind: "select",
          id: "type",
          testId: "aftersales-type-filter",
          className: "w-36",
          allLabel: t("gopang.aftersales.allTypes"),
          options: AFTERSALES_TYPES.map((value) => ({ value, label: names.type(value) })),
        },
        {
          kind: "select",
          id: "seller_id",
          testId: "aftersales-seller-filter",
          allLabel: t("gopang.common.allSellers"),
          options: (sellers.data?.sellers ?? []).map((seller) => ({ value: seller.id, label: seller.name })),
        },
      ]}
      columns={columns}
      query={{ rows: data?.aftersales_requests, count: data?.count, isLoading, error }}
      rowHref={(request) => `/returns/${request.id}`}
      empty={{ empty: t("gopang.aftersales.empty"), filtered: t("gopang.aftersales.filteredEmpty") }}
    />
  )
}

export const config = defineRouteConfig({ label: "gopang.nav.returns", translationNs: "translation", icon: ArrowUturnLeft })

export default ReturnsPage
