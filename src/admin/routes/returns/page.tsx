import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowUturnLeft } from "@medusajs/icons"
import { Container, Heading, Select, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { AftersalesStateBadge, AftersalesTypeBadge, STATE_NAMES, TYPE_NAMES } from "../../components/aftersales-badges"
import {
  AFTERSALES_STATES,
  type AftersalesState,
  type AftersalesType,
  REASON_NAMES,
  useAftersalesRequests,
} from "../../lib/aftersales"
import { formatDateTime, formatWon } from "../../lib/format"
import { errorMessage } from "../../lib/sdk"
import { useSellers } from "../../lib/sellers"
import { TablePager } from "../../components/table-pager"

const PAGE_SIZE = 20
const ALL = "all"

const ReturnsPage = () => {
  const navigate = useNavigate()
  const [state, setState] = useState<AftersalesState | typeof ALL>(ALL)
  const [type, setType] = useState<AftersalesType | typeof ALL>(ALL)
  const [sellerId, setSellerId] = useState<string>(ALL)
  const [page, setPage] = useState(0)
  const sellers = useSellers({ limit: 100, offset: 0 })
  const { data, error, isLoading } = useAftersalesRequests({
    state: state === ALL ? undefined : state,
    type: type === ALL ? undefined : type,
    seller_id: sellerId === ALL ? undefined : sellerId,
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
  })
  const count = data?.count ?? 0
  const filter = <T,>(set: (value: T) => void) => (value: string) => {
    set(value as T)
    setPage(0)
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div>
          <Heading level="h1">Returns & exchanges</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Every return and exchange request; step in when a seller does not act.
          </Text>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Select value={state} onValueChange={filter(setState)}>
            <Select.Trigger className="w-44" data-testid="aftersales-state-filter">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>All states</Select.Item>
              {AFTERSALES_STATES.map((value) => (
                <Select.Item key={value} value={value}>
                  {STATE_NAMES[value]}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <Select value={type} onValueChange={filter(setType)}>
            <Select.Trigger className="w-36" data-testid="aftersales-type-filter">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>All types</Select.Item>
              {(["return", "exchange"] as const).map((value) => (
                <Select.Item key={value} value={value}>
                  {TYPE_NAMES[value]}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <Select value={sellerId} onValueChange={filter(setSellerId)}>
            <Select.Trigger className="w-44" data-testid="aftersales-seller-filter">
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
        </div>
      </div>
      {error ? (
        <Text className="text-ui-fg-error px-6 py-4">{errorMessage(error)}</Text>
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>No.</Table.HeaderCell>
                <Table.HeaderCell>Type</Table.HeaderCell>
                <Table.HeaderCell>Items</Table.HeaderCell>
                <Table.HeaderCell>Reason</Table.HeaderCell>
                <Table.HeaderCell>Seller</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Refund</Table.HeaderCell>
                <Table.HeaderCell>State</Table.HeaderCell>
                <Table.HeaderCell>Requested</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {(data?.aftersales_requests ?? []).map((request) => (
                <Table.Row
                  key={request.id}
                  className="cursor-pointer"
                  data-testid="aftersales-row"
                  onClick={() => navigate(`/returns/${request.id}`)}
                >
                  <Table.Cell>#{request.display_id}</Table.Cell>
                  <Table.Cell>
                    <AftersalesTypeBadge type={request.type} />
                  </Table.Cell>
                  <Table.Cell className="max-w-xs truncate">
                    {request.items.map((item) => `${item.title} × ${item.quantity}`).join(", ")}
                  </Table.Cell>
                  <Table.Cell>{REASON_NAMES[request.reason] ?? request.reason}</Table.Cell>
                  <Table.Cell>{request.seller?.name ?? request.seller_id}</Table.Cell>
                  <Table.Cell className="text-right">
                    {request.type === "return" ? formatWon(request.refund_amount) : "–"}
                  </Table.Cell>
                  <Table.Cell>
                    <AftersalesStateBadge state={request.state} />
                  </Table.Cell>
                  <Table.Cell>{formatDateTime(request.created_at)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {!isLoading && count === 0 && <Text className="text-ui-fg-subtle px-6 py-4">No requests match these filters.</Text>}
          <TablePager count={count} pageSize={PAGE_SIZE} page={page} setPage={setPage} />
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Returns & exchanges", icon: ArrowUturnLeft })

export default ReturnsPage
