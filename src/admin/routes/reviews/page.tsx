import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Star } from "@medusajs/icons"
import {
  Button,
  createDataTableColumnHelper,
  Drawer,
  FocusModal,
  Label,
  Select,
  StatusBadge,
  Text,
  Textarea,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useCallback, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useSearchParams } from "react-router-dom"
import { type ListColumns, ListPage, oneOf, SearchInput, useListState } from "../../components/list-page"
import { Stars } from "../../components/stars"
import { formatDateTime } from "../../lib/format"
import {
  type AdminReview,
  type AdminReviewImage,
  REVIEW_STATUSES,
  type ReviewStatus,
  useChangeReviewStatus,
  useReviews,
} from "../../lib/reviews"
import { errorMessage, sdk } from "../../lib/sdk"
import { useSellers } from "../../lib/sellers"

const ALL = "all"
const RATINGS = ["5", "4", "3", "2", "1"] as const

const STATUS_COLORS: Record<ReviewStatus, "green" | "orange" | "red"> = {
  published: "green",
  hidden: "orange",
  removed: "red",
}

const column = createDataTableColumnHelper<AdminReview>()

/** Titles of the products on the current page, in one request. */
function useProductTitles(ids: string[]) {
  return useQuery({
    queryKey: ["gopang", "product-titles", [...ids].sort()],
    queryFn: async () => {
      if (!ids.length) {
        return new Map<string, string>()
      }
      const { products } = await sdk.admin.product.list({ id: ids, fields: "id,title", limit: ids.length })
      return new Map(products.map((product) => [product.id, product.title]))
    },
  })
}

function useProductSearch(q: string) {
  return useQuery({
    queryKey: ["gopang", "product-search", q],
    queryFn: async () => (await sdk.admin.product.list({ q, fields: "id,title", limit: 20 })).products,
    enabled: q.length > 0,
  })
}

const ImagesModal = ({ review }: { review: AdminReview }) => {
  const images = [...(review.images ?? [])].sort((a, b) => a.rank - b.rank)
  const [current, setCurrent] = useState<AdminReviewImage | null>(images[0] ?? null)
  if (!images.length) {
    return <Text size="small">–</Text>
  }
  return (
    <FocusModal>
      <FocusModal.Trigger asChild>
        <button type="button" className="flex gap-1" data-testid="review-images" onClick={(e) => e.stopPropagation()}>
          {images.slice(0, 3).map((image) => (
            <img key={image.id} src={image.thumbnail_url} alt={image.original_name} className="h-8 w-8 rounded object-cover" />
          ))}
          {images.length > 3 && <Text size="xsmall">+{images.length - 3}</Text>}
        </button>
      </FocusModal.Trigger>
      <FocusModal.Content>
        <FocusModal.Header>
          <FocusModal.Title>{review.title}</FocusModal.Title>
        </FocusModal.Header>
        <FocusModal.Body className="flex flex-col items-center gap-4 overflow-y-auto p-6">
          {current && (
            <img src={current.url} alt={current.original_name} className="max-h-[60vh] rounded" data-testid="review-image-full" />
          )}
          <div className="flex gap-2">
            {images.map((image) => (
              <button type="button" key={image.id} onClick={() => setCurrent(image)}>
                <img src={image.thumbnail_url} alt={image.original_name} className="h-16 w-16 rounded object-cover" />
              </button>
            ))}
          </div>
        </FocusModal.Body>
      </FocusModal.Content>
    </FocusModal>
  )
}

const RemoveDrawer = ({ review }: { review: AdminReview }) => {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const change = useChangeReviewStatus()
  const submit = async () => {
    try {
      await change.mutateAsync({ id: review.id, change: { action: "remove", reason: reason.trim() } })
      toast.success(t("gopang.reviews.remove.done"))
      setOpen(false)
      setReason("")
    } catch (error) {
      toast.error(errorMessage(error))
    }
  }
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="danger" data-testid="review-remove">
          {t("gopang.reviews.remove.button")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{t("gopang.reviews.remove.title")}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-2">
          <Text size="small" weight="plus">
            {review.title}
          </Text>
          <Text size="small" className="text-ui-fg-subtle whitespace-pre-wrap">
            {review.content}
          </Text>
          <Label htmlFor="review-remove-reason">{t("gopang.reviews.remove.reason")}</Label>
          <Textarea
            id="review-remove-reason"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            placeholder={t("gopang.reviews.remove.reasonPlaceholder")}
          />
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              {t("gopang.common.cancel")}
            </Button>
          </Drawer.Close>
          <Button
            size="small"
            variant="danger"
            disabled={!reason.trim()}
            isLoading={change.isPending}
            onClick={submit}
            data-testid="review-remove-submit"
          >
            {t("gopang.reviews.remove.submit")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

const RestoreButton = ({ review }: { review: AdminReview }) => {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const change = useChangeReviewStatus()
  const restore = async () => {
    const confirmed = await prompt({
      title: t("gopang.reviews.restore.title"),
      description: t("gopang.reviews.restore.description"),
      confirmText: t("gopang.common.confirm"),
      cancelText: t("gopang.common.cancel"),
    })
    if (!confirmed) {
      return
    }
    try {
      await change.mutateAsync({ id: review.id, change: { action: "restore" } })
      toast.success(t("gopang.reviews.restore.done"))
    } catch (error) {
      toast.error(errorMessage(error))
    }
  }
  return (
    <Button size="small" variant="secondary" isLoading={change.isPending} onClick={restore} data-testid="review-restore">
      {t("gopang.reviews.restore.button")}
    </Button>
  )
}

/** The product filter: a product search that fills the product select. */
const ProductFilter = ({
  value,
  onChange,
  titles,
}: {
  value: string | undefined
  onChange: (productId: string | undefined) => void
  titles: Map<string, string> | undefined
}) => {
  const { t } = useTranslation()
  const [q, setQ] = useState("")
  const onSearch = useCallback((next: string | undefined) => setQ(next ?? ""), [])
  const products = useProductSearch(q)
  return (
    <>
      <SearchInput
        testId="review-product-search"
        className="w-48"
        placeholder={t("gopang.reviews.findProduct")}
        onSearch={onSearch}
      />
      <Select value={value ?? ALL} onValueChange={(next) => onChange(next === ALL ? undefined : next)}>
        <Select.Trigger className="w-56" data-testid="review-product-filter">
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={ALL}>{t("gopang.reviews.allProducts")}</Select.Item>
          {value && !products.data?.some((product) => product.id === value) && (
            <Select.Item value={value}>{titles?.get(value) ?? value}</Select.Item>
          )}
          {(products.data ?? []).map((product) => (
            <Select.Item key={product.id} value={product.id}>
              {product.title}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </>
  )
}

const ReviewsPage = () => {
  const { t } = useTranslation()
  // The product page's reviews widget links here with ?product_id=.
  const [params] = useSearchParams()
  const linkedProduct = params.get("product_id")
  const list = useListState<"status" | "rating" | "seller_id" | "product_id">({
    initial: linkedProduct ? { product_id: linkedProduct } : {},
  })
  const sellers = useSellers({ limit: 100, offset: 0 })
  const { data, error, isLoading } = useReviews({
    status: oneOf(REVIEW_STATUSES, list.filters.status),
    rating: list.filters.rating ? Number(list.filters.rating) : undefined,
    seller_id: list.filters.seller_id,
    product_id: list.filters.product_id,
    ...list.page,
  })
  const reviews = data?.reviews
  const productIds = useMemo(() => [...new Set((reviews ?? []).map((review) => review.product_id))], [reviews])
  const titles = useProductTitles(productIds)
  const sellerNames = useMemo(
    () => new Map((sellers.data?.sellers ?? []).map((seller) => [seller.id, seller.name])),
    [sellers.data]
  )

  const columns: ListColumns<AdminReview> = useMemo(
    () => [
      column.accessor("rating", {
        header: t("gopang.reviews.columns.rating"),
        cell: ({ getValue }) => <Stars rating={getValue()} />,
      }),
      column.accessor("title", {
        header: t("gopang.reviews.columns.review"),
        cell: ({ row: { original: review } }) => (
          <div className="max-w-xs">
            <Text size="small" weight="plus" className="truncate">
              {review.title}
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle truncate">
              {review.content}
            </Text>
            {review.status_reason && (
              <Text size="xsmall" className="text-ui-fg-error truncate">
                {review.status_reason}
              </Text>
            )}
          </div>
        ),
      }),
      column.accessor("product_id", {
        header: t("gopang.reviews.columns.product"),
        truncateTooltip: false,
        cell: ({ getValue }) => (
          <Link to={`/products/${getValue()}`} className="text-ui-fg-interactive">
            {titles.data?.get(getValue()) ?? getValue()}
          </Link>
        ),
      }),
      column.accessor((review) => (review.seller_id ? sellerNames.get(review.seller_id) ?? review.seller_id : "–"), {
        id: "seller",
        header: t("gopang.reviews.columns.seller"),
      }),
      // Cells with controls get no overflow tooltip: an open tooltip would take the Escape meant
      // for the photo modal (or a drawer) opened from the cell.
      column.accessor("images", {
        header: t("gopang.reviews.columns.photos"),
        truncateTooltip: false,
        cell: ({ row }) => <ImagesModal review={row.original} />,
      }),
      column.accessor("status", {
        header: t("gopang.reviews.columns.status"),
        cell: ({ row }) => (
          <StatusBadge color={STATUS_COLORS[row.original.status]} data-testid="review-status">
            {t(`gopang.reviews.statuses.${row.original.status}`)}
          </StatusBadge>
        ),
      }),
      column.accessor("created_at", {
        header: t("gopang.reviews.columns.written"),
        cell: ({ getValue }) => formatDateTime(getValue()),
      }),
      column.accessor("status", {
        id: "moderate",
        header: "",
        truncateTooltip: false,
        cell: ({ row }) =>
          row.original.status === "published" ? <RemoveDrawer review={row.original} /> : <RestoreButton review={row.original} />,
      }),
    ],
    [t, titles.data, sellerNames]
  )

  return (
    <ListPage
      title={t("gopang.reviews.title")}
      description={t("gopang.reviews.description")}
      testId="review-list"
      list={list}
      filters={[
        {
          kind: "select",
          id: "status",
          testId: "review-status-filter",
          allLabel: t("gopang.common.allStatuses"),
          options: REVIEW_STATUSES.map((value) => ({ value, label: t(`gopang.reviews.statuses.${value}`) })),
        },
        {
          kind: "select",
          id: "rating",
          testId: "review-rating-filter",
          className: "w-36",
          allLabel: t("gopang.reviews.allRatings"),
          options: RATINGS.map((value) => ({ value, label: t("gopang.reviews.stars", { count: Number(value) }) })),
        },
        {
          kind: "select",
          id: "seller_id",
          testId: "review-seller-filter",
          allLabel: t("gopang.common.allSellers"),
          options: (sellers.data?.sellers ?? []).map((seller) => ({ value: seller.id, label: seller.name })),
        },
      ]}
      toolbar={
        <ProductFilter
          value={list.filters.product_id}
          onChange={(productId) => list.setFilter("product_id", productId)}
          titles={titles.data}
        />
      }
      columns={columns}
      query={{ rows: reviews, count: data?.count, isLoading, error }}
      empty={{ empty: t("gopang.reviews.empty"), filtered: t("gopang.reviews.filteredEmpty") }}
    />
  )
}

export const config = defineRouteConfig({ label: "gopang.nav.reviews", translationNs: "translation", icon: Star })

export default ReviewsPage
