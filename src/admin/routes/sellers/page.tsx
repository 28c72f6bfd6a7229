import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Container, Heading, Input, Select, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useNavigate } from "react-router-dom"
import { SELLER_STATUS_NAMES, SellerStatusBadge } from "../../components/seller-status-badge"
import { formatDateTime } from "../../lib/format"
import { errorMessage } from "../../lib/sdk"
import { SELLER_STATUSES, type SellerStatus, useSellers } from "../../lib/sellers"
import { TablePager } from "../../components/table-pager"

const PAGE_SIZE = 20
const ALL = "all"

const SellersPage = () => {
  const navigate = useNavigate()
  const [status, setStatus] = useState<SellerStatus | typeof ALL>(ALL)
  const [search, setSearch] = useState("")
  const [q, setQ] = useState("")
  const [page, setPage] = useState(0)

  // Search as the operator types, once the typing pauses.
  useEffect(() => {
    const timer = setTimeout(() => {
      setQ(search.trim())
      setPage(0)
    }, 300)
    return () => clearTimeout(timer)
  }, [search])

  const { data, isLoading, error } = useSellers({
    status: status === ALL ? undefined : status,
    q: q || undefined,
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
  })
  const count = data?.count ?? 0

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div>
          <Heading level="h1">Sellers</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Shops selling on Gopang: approve applications, suspend and reinstate.
          </Text>
        </div>
        <div className="flex items-center gap-2">
          <Select
            value={status}
            onValueChange={(value) => {
              setStatus(value as SellerStatus | typeof ALL)
              setPage(0)
            }}
          >
            <Select.Trigger className="w-44" data-testid="seller-status-filter">
              <Select.Value placeholder="Status" />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>All statuses</Select.Item>
              {SELLER_STATUSES.map((value) => (
                <Select.Item key={value} value={value}>
                  {SELLER_STATUS_NAMES[value]}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <Input
            type="search"
            size="small"
            placeholder="Search name or e-mail"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            data-testid="seller-search"
          />
        </div>
      </div>
      {error ? (
        <Text className="text-ui-fg-error px-6 py-4">{errorMessage(error)}</Text>
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Shop</Table.HeaderCell>
                <Table.HeaderCell>Representative</Table.HeaderCell>
                <Table.HeaderCell>E-mail</Table.HeaderCell>
                <Table.HeaderCell>Business no.</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell>Joined</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {(data?.sellers ?? []).map((seller) => (
                <Table.Row
                  key={seller.id}
                  className="cursor-pointer"
                  data-testid="seller-row"
                  onClick={() => navigate(`/sellers/${seller.id}`)}
                >
                  <Table.Cell>{seller.name}</Table.Cell>
                  <Table.Cell>{seller.representative_name}</Table.Cell>
                  <Table.Cell>{seller.email}</Table.Cell>
                  <Table.Cell>{seller.business_registration_number}</Table.Cell>
                  <Table.Cell>
                    <SellerStatusBadge status={seller.status} />
                  </Table.Cell>
                  <Table.Cell>{formatDateTime(seller.created_at)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {!isLoading && count === 0 && (
            <Text className="text-ui-fg-subtle px-6 py-4">No sellers match these filters.</Text>
          )}
          <TablePager count={count} pageSize={PAGE_SIZE} page={page} setPage={setPage} />
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Sellers", icon: BuildingStorefront })

export default SellersPage
