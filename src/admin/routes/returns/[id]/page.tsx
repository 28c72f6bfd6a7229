import { ArrowLeft } from "@medusajs/icons"
import { Button, Container, Drawer, Heading, Input, Label, Table, Text, Textarea, toast } from "@medusajs/ui"
import { type ReactNode, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { AftersalesStateBadge, AftersalesTypeBadge, useAftersalesNames } from "../../../components/aftersales-badges"
import {
  type AdminAftersalesRequest,
  type AftersalesOverride,
  useAftersalesRequest,
  useOverrideAftersales,
} from "../../../lib/aftersales"
import { formatDateTime, formatWon } from "../../../lib/format"
import { errorMessage } from "../../../lib/sdk"

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

/** Tomorrow in the operator's time zone, as yyyy-mm-dd for a date input. */
function tomorrow(): string {
  const date = new Date(Date.now() + 24 * 60 * 60 * 1000)
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`
}

const OverrideDrawer = ({ request, kind }: { request: AdminAftersalesRequest; kind: "approve" | "reject" }) => {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [pickupDate, setPickupDate] = useState(tomorrow())
  const [text, setText] = useState("")
  const override = useOverrideAftersales(request.id)
  const submit = async () => {
    const body: AftersalesOverride =
      kind === "approve"
        ? { action: "approve", pickup_date: pickupDate, ...(text.trim() ? { note: text.trim() } : {}) }
        : { action: "reject", reason: text.trim() }
    try {
      await override.mutateAsync(body)
      toast.success(kind === "approve" ? t("gopang.aftersalesDetail.approved") : t("gopang.aftersalesDetail.rejected"))
      setOpen(false)
    } catch (error) {
      toast.error(errorMessage(error))
    }
  }
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant={kind === "approve" ? "primary" : "danger"} data-testid={`aftersales-${kind}`}>
          {t(`gopang.aftersalesDetail.${kind}`)}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{t(`gopang.aftersalesDetail.${kind}Title`, { number: request.display_id })}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-4">
          {kind === "approve" && (
            <div className="flex flex-col gap-2">
              <Label htmlFor="aftersales-pickup-date">{t("gopang.aftersalesDetail.pickupDate")}</Label>
              <Input
                id="aftersales-pickup-date"
                type="date"
                value={pickupDate}
                onChange={(event) => setPickupDate(event.target.value)}
              />
            </div>
          )}
          <div className="flex flex-col gap-2">
            <Label htmlFor="aftersales-text">
              {kind === "approve" ? t("gopang.aftersalesDetail.note") : t("gopang.aftersalesDetail.rejectReason")}
            </Label>
            <Textarea id="aftersales-text" value={text} onChange={(event) => setText(event.target.value)} />
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {t("gopang.aftersalesDetail.onBehalf")}
          </Text>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              {t("gopang.common.cancel")}
            </Button>
          </Drawer.Close>
          <Button
            size="small"
            variant={kind === "approve" ? "primary" : "danger"}
            isLoading={override.isPending}
            disabled={kind === "approve" ? !pickupDate : !text.trim()}
            onClick={submit}
            data-testid="aftersales-override-submit"
          >
            {t(`gopang.aftersalesDetail.${kind}`)}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

const ReturnDetailPage = () => {
  const { t } = useTranslation()
  const { id } = useParams()
  const { data, isLoading, error } = useAftersalesRequest(id!)
  const names = useAftersalesNames()
  if (isLoading) {
    return <Container>{t("gopang.common.loading")}</Container>
  }
  if (error || !data) {
    return <Container className="text-ui-fg-error">{errorMessage(error)}</Container>
  }
  const request = data.aftersales_request
  return (
    <div className="flex flex-col gap-y-3">
      <Link to="/returns" className="text-ui-fg-subtle flex items-center gap-1 text-sm">
        <ArrowLeft /> {t("gopang.aftersalesDetail.backToList")}
      </Link>
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div className="flex items-center gap-3">
            <Heading level="h1">{t("gopang.aftersalesDetail.title", { number: request.display_id })}</Heading>
            <AftersalesTypeBadge type={request.type} />
            <AftersalesStateBadge state={request.state} />
          </div>
          {request.state === "requested" && (
            <div className="flex gap-2">
              <OverrideDrawer request={request} kind="reject" />
              <OverrideDrawer request={request} kind="approve" />
            </div>
          )}
        </div>
        <Row label={t("gopang.aftersalesDetail.fields.seller")}>{request.seller?.name ?? request.seller_id}</Row>
        <Row label={t("gopang.aftersalesDetail.fields.order")}>{request.order ? `#${request.order.display_id} · ${request.order.email}` : request.order_id}</Row>
        <Row label={t("gopang.aftersalesDetail.fields.reason")}>{names.reason(request.reason)}</Row>
        <Row label={t("gopang.aftersalesDetail.fields.comment")}>{request.comment ?? "–"}</Row>
        <Row label={t("gopang.aftersalesDetail.fields.pickup")}>
          {`${request.pickup_name} · ${request.pickup_phone ?? ""}\n${request.pickup_address}`}
          {request.pickup_date ? `\n${formatDateTime(request.pickup_date)}` : ""}
        </Row>
        <Row label={t("gopang.aftersalesDetail.fields.shippingFee")}>
          {`${formatWon(request.shipping_fee)} (${
            request.fee_payer === "seller"
              ? t("gopang.aftersalesDetail.fields.sellerPays")
              : t("gopang.aftersalesDetail.fields.customerPays")
          })`}
        </Row>
        {request.type === "return" && <Row label={t("gopang.aftersalesDetail.fields.refund")}>{formatWon(request.refund_amount)}</Row>}
        {request.rejection_reason && <Row label={t("gopang.aftersalesDetail.fields.rejectionReason")}>{request.rejection_reason}</Row>}
        {request.last_error && <Row label={t("gopang.aftersalesDetail.fields.lastError")}>{request.last_error}</Row>}
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{t("gopang.aftersalesDetail.items.title")}</Heading>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("gopang.aftersalesDetail.items.item")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("gopang.aftersalesDetail.items.quantity")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("gopang.aftersalesDetail.items.unitPrice")}</Table.HeaderCell>
              {request.type === "exchange" && <Table.HeaderCell>{t("gopang.aftersalesDetail.items.replacement")}</Table.HeaderCell>}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {request.items.map((item) => (
              <Table.Row key={item.id}>
                <Table.Cell>{item.title}</Table.Cell>
                <Table.Cell className="text-right">{item.quantity}</Table.Cell>
                <Table.Cell className="text-right">{formatWon(item.unit_price)}</Table.Cell>
                {request.type === "exchange" && <Table.Cell>{item.replacement_title ?? "–"}</Table.Cell>}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{t("gopang.aftersalesDetail.history")}</Heading>
        </div>
        {request.history.map((event) => (
          <div key={event.id} className="flex items-start justify-between gap-4 px-6 py-3" data-testid="aftersales-history">
            <div>
              <Text size="small" weight="plus">
                {event.from_state ? `${names.state(event.from_state)} → ` : ""}
                {names.state(event.to_state)}
              </Text>
              {event.note && (
                <Text size="small" className="text-ui-fg-subtle whitespace-pre-wrap">
                  {event.note}
                </Text>
              )}
            </div>
            <Text size="small" className="text-ui-fg-subtle whitespace-nowrap">
              {t(`gopang.aftersalesDetail.actors.${event.actor_type}`)} · {formatDateTime(event.created_at)}
            </Text>
          </div>
        ))}
      </Container>
    </div>
  )
}

export default ReturnDetailPage
