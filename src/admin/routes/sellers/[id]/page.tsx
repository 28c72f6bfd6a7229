import { ArrowLeft } from "@medusajs/icons"
import { Button, Container, Drawer, Heading, Label, Text, Textarea, toast, usePrompt } from "@medusajs/ui"
import { type ReactNode, useState } from "react"
import { useTranslation } from "react-i18next"
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
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button variant="danger" size="small" data-testid="seller-suspend">
          {t("gopang.sellerDetail.suspend.button")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{t("gopang.sellerDetail.suspend.title")}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-2">
          <Label htmlFor="suspend-reason">{t("gopang.sellerDetail.suspend.reason")}</Label>
          <Textarea
            id="suspend-reason"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            placeholder={t("gopang.sellerDetail.suspend.reasonPlaceholder")}
          />
          <Text size="small" className="text-ui-fg-subtle">
            {t("gopang.sellerDetail.suspend.effect")}
          </Text>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary" size="small">
              {t("gopang.common.cancel")}
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
            {t("gopang.sellerDetail.suspend.submit")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

const StatusActions = ({ seller }: { seller: AdminSellerDetail }) => {
  const { t } = useTranslation()
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
    if (await prompt({ title, description, confirmText: t("gopang.common.confirm"), cancelText: t("gopang.common.cancel") })) {
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
              t("gopang.sellerDetail.approve.title"),
              t("gopang.sellerDetail.approve.description", { name: seller.name }),
              t("gopang.sellerDetail.approve.done")
            )
          }
        >
          {t("gopang.sellerDetail.approve.button")}
        </Button>
      )}
      {seller.status === "active" && (
        <SuspendDrawer
          pending={change.isPending}
          onSubmit={(reason) => run({ action: "suspend", reason }, t("gopang.sellerDetail.suspend.done"))}
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
              t("gopang.sellerDetail.reinstate.title"),
              t("gopang.sellerDetail.reinstate.description", { name: seller.name }),
              t("gopang.sellerDetail.reinstate.done")
            )
          }
        >
          {t("gopang.sellerDetail.reinstate.button")}
        </Button>
      )}
    </div>
  )
}

const SellerDetailPage = () => {
  const { t } = useTranslation()
  const { id } = useParams()
  const { data, isLoading, error } = useSeller(id!)
  if (isLoading) {
    return <Container>{t("gopang.common.loading")}</Container>
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
        <ArrowLeft /> {t("gopang.sellerDetail.backToList")}
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
        {seller.status_reason && <Row label={t("gopang.sellerDetail.fields.statusReason")}>{seller.status_reason}</Row>}
        <Row label={t("gopang.sellerDetail.fields.products")}>
          <span data-testid="seller-product-count">{seller.product_count}</span>
        </Row>
        <Row label={t("gopang.sellerDetail.fields.orders")}>
          <span data-testid="seller-order-count">{seller.order_count}</span>
        </Row>
        <Row label={t("gopang.sellerDetail.fields.representative")}>{seller.representative_name}</Row>
        <Row label={t("gopang.sellerDetail.fields.email")}>{seller.email}</Row>
        <Row label={t("gopang.sellerDetail.fields.phone")}>{seller.phone_number}</Row>
        <Row label={t("gopang.sellerDetail.fields.businessType")}>{seller.business_type_label}</Row>
        <Row label={t("gopang.sellerDetail.fields.businessNumber")}>{seller.business_registration_number}</Row>
        <Row label={t("gopang.sellerDetail.fields.joined")}>{formatDateTime(seller.created_at)}</Row>
        <Row label={t("gopang.sellerDetail.fields.approved")}>{formatDateTime(seller.approved_at)}</Row>
        <Row label={t("gopang.sellerDetail.fields.suspended")}>{formatDateTime(seller.suspended_at)}</Row>
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{t("gopang.sellerDetail.delivery.title")}</Heading>
        </div>
        {delivery ? (
          <>
            <Row label={t("gopang.sellerDetail.delivery.method")}>{delivery.delivery_way_label}</Row>
            <Row label={t("gopang.sellerDetail.delivery.courier")}>{delivery.courier_company}</Row>
            <Row label={t("gopang.sellerDetail.delivery.shipsFrom")}>{delivery.forwarding_place}</Row>
            <Row label={t("gopang.sellerDetail.delivery.fee")}>{formatWon(delivery.delivery_cost)}</Row>
            <Row label={t("gopang.sellerDetail.delivery.freeFrom")}>
              {delivery.free_delivery_threshold === null ? "–" : formatWon(delivery.free_delivery_threshold)}
            </Row>
            <Row label={t("gopang.sellerDetail.delivery.jeju")}>
              {delivery.delivery_jeju_mountain
                ? t("gopang.sellerDetail.delivery.jejuYes", { amount: formatWon(delivery.jeju_mountain_extra_cost) })
                : t("gopang.sellerDetail.delivery.jejuNo")}
            </Row>
            <Row label={t("gopang.sellerDetail.delivery.period")}>
              {t("gopang.sellerDetail.delivery.days", { count: delivery.delivery_period })}
            </Row>
          </>
        ) : (
          <Text className="text-ui-fg-subtle px-6 py-3">{t("gopang.sellerDetail.delivery.none")}</Text>
        )}
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{t("gopang.sellerDetail.returnPolicy.title")}</Heading>
        </div>
        {returns ? (
          <>
            <Row label={t("gopang.sellerDetail.returnPolicy.address")}>{returns.address}</Row>
            <Row label={t("gopang.sellerDetail.returnPolicy.returnShipping")}>{formatWon(returns.return_delivery_cost)}</Row>
            <Row label={t("gopang.sellerDetail.returnPolicy.exchangeShipping")}>{formatWon(returns.exchange_delivery_cost)}</Row>
          </>
        ) : (
          <Text className="text-ui-fg-subtle px-6 py-3">{t("gopang.sellerDetail.returnPolicy.none")}</Text>
        )}
      </Container>
    </div>
  )
}

export default SellerDetailPage
