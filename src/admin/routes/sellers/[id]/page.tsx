import { ArrowLeft } from "@medusajs/icons"
import { Button, Container, Drawer, Heading, Label, Text, Textarea, toast, usePrompt } from "@medusajs/ui"
import { type ReactNode, useState } from "react"
import { Link, useParams } from "react-router-dom"
import { SellerStatusBadge } from "../../../components/seller-status-badge"
import { formatDateTime, formatWon } from "../../../lib/format"
import { errorMessage } from "../../../lib/sdk"
import { type AdminSellerDetail, type SellerAction, useChangeSellerStatus, useSeller } from "../../../lib/sellers"

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-start px-6 py-3">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <Text size="small" leading="compact" className="whitespace-pre-wrap break-words">
      {children}
    </Text>
  </div>
)

const SuspendDrawer = ({ onSubmit, pending }: { onSubmit: (reason: string) => Promise<unknown>; pending: boolean }) => {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button variant="danger" size="small" data-testid="seller-suspend">
          Suspend
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Suspend seller</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-2">
          <Label htmlFor="suspend-reason">Reason (shown to the seller)</Label>
          <Textarea
            id="suspend-reason"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            placeholder="예: 원산지 표시 위반 신고 확인 중"
          />
          <Text size="small" className="text-ui-fg-subtle">
            The seller's products leave the shop until the seller is reinstated.
          </Text>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary" size="small">
              Cancel
            </Button>
          </Drawer.Close>
          <Button
            variant="danger"
            size="small"
            isLoading={pending}
            disabled={!reason.trim()}
            data-testid="seller-suspend-submit"
            onClick={() =>
              onSubmit(reason.trim()).then(() => {
                setOpen(false)
                setReason("")
              })
            }
          >
            Suspend seller
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

const StatusActions = ({ seller }: { seller: AdminSellerDetail }) => {
  const prompt = usePrompt()
  const change = useChangeSellerStatus(seller.id)
  const run = async (action: SellerAction, done: string) => {
    try {
      await change.mutateAsync(action)
      toast.success(done)
    } catch (error) {
      toast.error(errorMessage(error))
      throw error
    }
  }
  const confirmThen = async (action: SellerAction, title: string, description: string, done: string) => {
    if (await prompt({ title, description, confirmText: "Confirm", cancelText: "Cancel" })) {
      await run(action, done).catch(() => undefined)
    }
  }
  return (
    <div className="flex gap-2">
      {seller.status === "pending" && (
        <Button
          size="small"
          data-testid="seller-approve"
          isLoading={change.isPending}
          onClick={() =>
            confirmThen(
              { action: "approve" },
              "Approve seller?",
              `${seller.name} becomes an active shop and can sell.`,
              "Seller approved"
            )
          }
        >
          Approve
        </Button>
      )}
      {seller.status === "active" && (
        <SuspendDrawer
          pending={change.isPending}
          onSubmit={(reason) => run({ action: "suspend", reason }, "Seller suspended")}
        />
      )}
      {seller.status === "suspended" && (
        <Button
          size="small"
          data-testid="seller-reinstate"
          isLoading={change.isPending}
          onClick={() =>
            confirmThen(
              { action: "reinstate" },
              "Reinstate seller?",
              `${seller.name} becomes active again and its products return to the shop.`,
              "Seller reinstated"
            )
          }
        >
          Reinstate
        </Button>
      )}
    </div>
  )
}

const SellerDetailPage = () => {
  const { id } = useParams()
  const { data, isLoading, error } = useSeller(id!)
  if (isLoading) {
    return <Container>Loading…</Container>
  }
  if (error || !data) {
    return <Container className="text-ui-fg-error">{errorMessage(error)}</Container>
  }
  const { seller } = data
  const delivery = seller.delivery_policy
  const returns = seller.return_policy
  return (
    <div className="flex flex-col gap-y-3">
      <Link to="/sellers" className="text-ui-fg-subtle flex items-center gap-1 text-sm">
        <ArrowLeft /> Sellers
      </Link>
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div className="flex items-center gap-3">
            <Heading level="h1" data-testid="seller-name">
              {seller.name}
            </Heading>
            <SellerStatusBadge status={seller.status} />
          </div>
          <StatusActions seller={seller} />
        </div>
        {seller.status_reason && <Row label="Status reason">{seller.status_reason}</Row>}
        <Row label="Products">
          <span data-testid="seller-product-count">{seller.product_count}</span>
        </Row>
        <Row label="Orders">
          <span data-testid="seller-order-count">{seller.order_count}</span>
        </Row>
        <Row label="Representative">{seller.representative_name}</Row>
        <Row label="E-mail">{seller.email}</Row>
        <Row label="Phone">{seller.phone_number}</Row>
        <Row label="Business type">{seller.business_type_label}</Row>
        <Row label="Business registration no.">{seller.business_registration_number}</Row>
        <Row label="Joined">{formatDateTime(seller.created_at)}</Row>
        <Row label="Approved">{formatDateTime(seller.approved_at)}</Row>
        <Row label="Suspended">{formatDateTime(seller.suspended_at)}</Row>
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Delivery policy</Heading>
        </div>
        {delivery ? (
          <>
            <Row label="Delivery method">{delivery.delivery_way_label}</Row>
            <Row label="Courier">{delivery.courier_company}</Row>
            <Row label="Ships from">{delivery.forwarding_place}</Row>
            <Row label="Delivery fee">{formatWon(delivery.delivery_cost)}</Row>
            <Row label="Free delivery from">
              {delivery.free_delivery_threshold === null ? "–" : formatWon(delivery.free_delivery_threshold)}
            </Row>
            <Row label="Jeju / remote areas">
              {delivery.delivery_jeju_mountain ? `Yes, +${formatWon(delivery.jeju_mountain_extra_cost)}` : "No"}
            </Row>
            <Row label="Delivery period">{`${delivery.delivery_period} days`}</Row>
          </>
        ) : (
          <Text className="text-ui-fg-subtle px-6 py-3">No delivery policy.</Text>
        )}
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Return policy</Heading>
        </div>
        {returns ? (
          <>
            <Row label="Return address">{returns.address}</Row>
            <Row label="Return shipping">{formatWon(returns.return_delivery_cost)}</Row>
            <Row label="Exchange shipping">{formatWon(returns.exchange_delivery_cost)}</Row>
          </>
        ) : (
          <Text className="text-ui-fg-subtle px-6 py-3">No return policy.</Text>
        )}
      </Container>
    </div>
  )
}

export default SellerDetailPage
