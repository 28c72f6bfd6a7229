import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Star } from "@medusajs/icons"
import {
  Button,
  Container,
  Drawer,
  FocusModal,
  Heading,
  Input,
  Label,
  Select,
  StatusBadge,
  Table,
  Text,
  Textarea,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { Link, useSearchParams } from "react-router-dom"
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
import { TablePager } from "../../components/table-pager"

const PAGE_SIZE = 20
const ALL = "all"

const STATUS_NAMES: Record<ReviewStatus, string> = { published: "Published", hidden: "Hidden by seller", removed: "Removed" }
const STATUS_COLORS: Record<ReviewStatus, "green" | "orange" | "red"> = {
  published: "green",
  hidden: "orange",
  removed: "red",
}


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
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const change = useChangeReviewStatus()
  const submit = async () => {
    try {
      await change.mutateAsync({ id: review.id, change: { action: "remove", reason: reason.trim() } })
      toast.success("Review removed")
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
          Remove
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Remove review</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-2">
          <Text size="small" weight="plus">
            {review.title}
          </Text>
          <Text size="small" className="text-ui-fg-subtle whitespace-pre-wrap">
            {review.content}
          </Text>
          <Label htmlFor="review-remove-reason">Reason (shown to the reviewer)</Label>
          <Textarea
            id="review-remove-reason"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            placeholder="예: 상품과 관계없는 광고성 내용"
          />
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              Cancel
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
            Remove review
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

const RestoreButton = ({ review }: { review: AdminReview }) => {
  const prompt = usePrompt()
  const change = useChangeReviewStatus()
  const restore = async () => {
    const confirmed = await prompt({
      title: "Restore review?",
      description: "The review is published again on the product page.",
      confirmText: "Confirm",
      cancelText: "Cancel",
    })
    if (!confirmed) {
      return
    }
    try {
      await change.mutateAsync({ id: review.id, change: { action: "restore" } })
      toast.success("Review restored")
    } catch (error) {
      toast.error(errorMessage(error))
    }
  }
  return (
    <Button size="small" variant="secondary" isLoading={change.isPending} onClick={restore} data-testid="review-restore">
      Restore
    </Button>
  )
}

const ReviewsPage = () => {
  const [status, setStatus] = useState<ReviewStatus | typeof ALL>(ALL)
  const [rating, setRating] = useState<string>(ALL)
  const [sellerId, setSellerId] = useState<string>(ALL)
  const [productSearch, setProductSearch] = useState("")
  const [productQ, setProductQ] = useState("")
  // The product page's reviews widget links here with ?product_id=.
  const [params] = useSearchParams()
  const [productId, setProductId] = useState<string>(params.get("product_id") ?? ALL)
  const [page, setPage] = useState(0)
  useEffect(() => {
    const timer = setTimeout(() => setProductQ(productSearch.trim()), 300)
    return () => clearTimeout(timer)
  }, [productSearch])
  useEffect(() => setPage(0), [status, rating, sellerId, productId])

  const sellers = useSellers({ limit: 100, offset: 0 })
  const sellerNames = new Map((sellers.data?.sellers ?? []).map((seller) => [seller.id, seller.name]))
  const products = useProductSearch(productQ)
  const { data, error, isLoading } = useReviews({
    status: status === ALL ? undefined : status,
    rating: rating === ALL ? undefined : Number(rating),
    seller_id: sellerId === ALL ? undefined : sellerId,
    product_id: productId === ALL ? undefined : productId,
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
  })
  const reviews = data?.reviews ?? []
  const titles = useProductTitles([...new Set(reviews.map((review) => review.product_id))])
  const count = data?.count ?? 0

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-3 px-6 py-4">
        <div>
          <Heading level="h1">Reviews</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Every product review in any state: remove what breaks the review policy, restore what was hidden by mistake.
          </Text>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Select value={status} onValueChange={(value) => setStatus(value as ReviewStatus | typeof ALL)}>
            <Select.Trigger className="w-44" data-testid="review-status-filter">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>All statuses</Select.Item>
              {REVIEW_STATUSES.map((value) => (
                <Select.Item key={value} value={value}>
                  {STATUS_NAMES[value]}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <Select value={rating} onValueChange={setRating}>
            <Select.Trigger className="w-36" data-testid="review-rating-filter">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>All ratings</Select.Item>
              {[5, 4, 3, 2, 1].map((value) => (
                <Select.Item key={value} value={String(value)}>
                  {`${value} star${value > 1 ? "s" : ""}`}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <Select value={sellerId} onValueChange={setSellerId}>
            <Select.Trigger className="w-44" data-testid="review-seller-filter">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>All sellers</Select.Item>
              {(sellers.data?.sellers ?? []).map((seller) => (
                <Select.Item key={seller.id} value={seller.id}>
                  {seller.name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <Input
            type="search"
            size="small"
            className="w-48"
            placeholder="Find a product"
            value={productSearch}
            onChange={(event) => setProductSearch(event.target.value)}
            data-testid="review-product-search"
          />
          <Select value={productId} onValueChange={setProductId}>
            <Select.Trigger className="w-56" data-testid="review-product-filter">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>All products</Select.Item>
              {productId !== ALL && !products.data?.some((p) => p.id === productId) && (
                <Select.Item value={productId}>{titles.data?.get(productId) ?? productId}</Select.Item>
              )}
              {(products.data ?? []).map((product) => (
                <Select.Item key={product.id} value={product.id}>
                  {product.title}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      {error ? (
        <Text className="text-ui-fg-error px-6 py-4">{errorMessage(error)}</Text>
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Rating</Table.HeaderCell>
                <Table.HeaderCell>Review</Table.HeaderCell>
                <Table.HeaderCell>Product</Table.HeaderCell>
                <Table.HeaderCell>Seller</Table.HeaderCell>
                <Table.HeaderCell>Photos</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell>Written</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {reviews.map((review) => (
                <Table.Row key={review.id} data-testid="review-row" data-review-id={review.id}>
                  <Table.Cell>
                    <Stars rating={review.rating} />
                  </Table.Cell>
                  <Table.Cell className="max-w-xs">
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
                  </Table.Cell>
                  <Table.Cell>
                    <Link to={`/products/${review.product_id}`} className="text-ui-fg-interactive">
                      {titles.data?.get(review.product_id) ?? review.product_id}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{review.seller_id ? sellerNames.get(review.seller_id) ?? review.seller_id : "–"}</Table.Cell>
                  <Table.Cell>
                    <ImagesModal review={review} />
                  </Table.Cell>
                  <Table.Cell>
                    <StatusBadge color={STATUS_COLORS[review.status]} data-testid="review-status">
                      {STATUS_NAMES[review.status]}
                    </StatusBadge>
                  </Table.Cell>
                  <Table.Cell>{formatDateTime(review.created_at)}</Table.Cell>
                  <Table.Cell>
                    {review.status === "published" ? <RemoveDrawer review={review} /> : <RestoreButton review={review} />}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {!isLoading && count === 0 && <Text className="text-ui-fg-subtle px-6 py-4">No reviews match these filters.</Text>}
          <TablePager count={count} pageSize={PAGE_SIZE} page={page} setPage={setPage} />
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Reviews", icon: Star })

export default ReviewsPage
