import {
  Container,
  DataTable,
  type DataTableFilteringState,
  type DataTableOptions,
  type DataTablePaginationState,
  Heading,
  Input,
  Select,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { errorMessage } from "../lib/sdk"

/**
 * The one list pattern of Gopang's dashboard pages: a header with the page's filters above Medusa
 * UI's DataTable (rows, row click, empty state, pager). A new list page is its configuration:
 * columns, filters and the query it feeds with `useListState`.
 */

const DEFAULT_PAGE_SIZE = 20
/** The select value that stands for "no filter" (Radix Select items cannot be empty). */
const ALL = "all"

export type ListColumns<TData> = DataTableOptions<TData>["columns"]

export type ListFilter<K extends string> =
  | {
      kind: "select"
      id: K
      testId: string
      /** The label of the "no filter" choice. */
      allLabel: string
      options: { value: string; label: string }[]
      className?: string
    }
  | { kind: "search"; id: K; testId: string; placeholder: string; className?: string }

export type ListState<K extends string> = {
  /** Active filter values; a filter that is not set is absent. */
  filters: Partial<Record<K, string>>
  setFilter: (id: K, value: string | undefined) => void
  pagination: DataTablePaginationState
  setPagination: (state: DataTablePaginationState) => void
  /** `limit` and `offset` of the current page, for the list request. */
  page: { limit: number; offset: number }
}

/** Filter and page state of a list page; changing a filter goes back to the first page. */
export function useListState<K extends string>(
  options: {
    pageSize?: number
    /** Filters set on arrival (e.g. from a link); leave out the ones that are not set. */
    initial?: Partial<Record<K, string>>
  } = {}
): ListState<K> {
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE
  const [filters, setFilters] = useState<Partial<Record<K, string>>>(options.initial ?? {})
  const [pageIndex, setPageIndex] = useState(0)
  const setFilter = useCallback((id: K, value: string | undefined) => {
    setFilters((current) => {
      const next = { ...current }
      if (value === undefined) {
        delete next[id]
      } else {
        next[id] = value
      }
      return next
    })
    setPageIndex(0)
  }, [])
  return {
    filters,
    setFilter,
    pagination: { pageIndex, pageSize },
    setPagination: (state) => setPageIndex(state.pageIndex),
    page: { limit: pageSize, offset: pageIndex * pageSize },
  }
}

/** The value of a filter if it is one of `values` (the typed form of a select filter's value). */
export function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return values.find((candidate) => candidate === value)
}

type PageHeaderProps = {
  title: string
  description?: ReactNode
  level?: "h1" | "h2"
  /** Shown beside the title (codes, kinds). */
  badges?: ReactNode
  /** Filters and actions, at the right (wrapping under the title when narrow). */
  children?: ReactNode
}

/** Title, one line of description and the page's controls: the head of every dashboard page. */
export const PageHeader = ({ title, description, level = "h1", badges, children }: PageHeaderProps) => (
  <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
    <div>
      <div className="flex items-center gap-2">
        <Heading level={level}>{title}</Heading>
        {badges}
      </div>
      {description && (
        <Text size="small" className="text-ui-fg-subtle">
          {description}
        </Text>
      )}
    </div>
    {children && <div className="flex flex-wrap items-center gap-2">{children}</div>}
  </div>
)

const SelectFilter = ({
  filter,
  value,
  onChange,
}: {
  filter: Extract<ListFilter<string>, { kind: "select" }>
  value: string | undefined
  onChange: (value: string | undefined) => void
}) => (
  <Select value={value ?? ALL} onValueChange={(next) => onChange(next === ALL ? undefined : next)}>
    <Select.Trigger className={filter.className ?? "w-44"} data-testid={filter.testId}>
      <Select.Value />
    </Select.Trigger>
    <Select.Content>
      <Select.Item value={ALL}>{filter.allLabel}</Select.Item>
      {filter.options.map((option) => (
        <Select.Item key={option.value} value={option.value}>
          {option.label}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)

/** A search box that filters once the typing pauses. */
export const SearchInput = ({
  testId,
  placeholder,
  className,
  onSearch,
}: {
  testId: string
  placeholder: string
  className?: string
  onSearch: (q: string | undefined) => void
}) => {
  const [text, setText] = useState("")
  // The latest callback and the last query sent, so that re-renders neither restart the pause
  // nor send the same query again (which would also reset the page).
  const latest = useRef({ onSearch, sent: "" })
  latest.current.onSearch = onSearch
  useEffect(() => {
    const q = text.trim()
    if (q === latest.current.sent) {
      return
    }
    const timer = setTimeout(() => {
      latest.current.sent = q
      latest.current.onSearch(q || undefined)
    }, 300)
    return () => clearTimeout(timer)
  }, [text])
  return (
    <Input
      type="search"
      size="small"
      className={className}
      placeholder={placeholder}
      value={text}
      onChange={(event) => setText(event.target.value)}
      data-testid={testId}
    />
  )
}

type ListTableProps<TData> = {
  columns: ListColumns<TData>
  rows: TData[] | undefined
  getRowId: (row: TData) => string
  isLoading: boolean
  empty: { empty: string; filtered: string }
  /** Where a click on a row leads; rows are not clickable without it. */
  rowHref?: (row: TData) => string
  /** Paged lists: the page state and the total count. Without it every row is shown. */
  paging?: { pagination: DataTablePaginationState; setPagination: (state: DataTablePaginationState) => void; count: number }
  /** Active filters, so that an empty result says "nothing matches" rather than "nothing yet". */
  filtering?: DataTableFilteringState
}

/** Medusa UI's DataTable with Gopang's defaults: translated pager and empty states. */
export const ListTable = <TData,>({
  columns,
  rows,
  getRowId,
  isLoading,
  empty,
  rowHref,
  paging,
  filtering,
}: ListTableProps<TData>) => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const data = rows ?? []
  const table = useDataTable({
    columns,
    data,
    getRowId,
    isLoading,
    rowCount: paging?.count ?? data.length,
    // The clicked row is read from the table row's position: DataTable hands the handler its own
    // row object (with the row id), not the data its type promises.
    onRowClick: rowHref
      ? (event) => {
          const row = data[event.currentTarget.sectionRowIndex]
          if (row) {
            navigate(rowHref(row))
          }
        }
      : undefined,
    pagination: paging && { state: paging.pagination, onPaginationChange: paging.setPagination },
    // Filters are rendered by the page header; the state is only passed for the empty state.
    filtering: filtering && { state: filtering, onFilteringChange: () => undefined },
  })
  return (
    <DataTable instance={table}>
      <DataTable.Table emptyState={{ empty: { heading: empty.empty }, filtered: { heading: empty.filtered } }} />
      {paging && (
        // The pager's words are the dashboard's own, as in Medusa's list pages.
        <DataTable.Pagination
          translations={{
            of: t("general.of"),
            results: t("general.results"),
            pages: t("general.pages"),
            prev: t("general.prev"),
            next: t("general.next"),
          }}
        />
      )}
    </DataTable>
  )
}

type ListPageProps<TData, K extends string> = {
  title: string
  description: string
  /** Marks the page's container for tests (`<name>-list`). */
  testId: string
  list: ListState<K>
  filters?: ListFilter<K>[]
  /** Controls beyond the configured filters (rendered after them). */
  toolbar?: ReactNode
  columns: ListColumns<TData>
  query: { rows: TData[] | undefined; count: number | undefined; isLoading: boolean; error: unknown }
  getRowId?: (row: TData) => string
  rowHref?: (row: TData) => string
  empty: { empty: string; filtered: string }
}

/** A whole list page: header and filters, then the paged table or the error of its request. */
export const ListPage = <TData extends { id: string }, K extends string>({
  title,
  description,
  testId,
  list,
  filters = [],
  toolbar,
  columns,
  query,
  getRowId = (row) => row.id,
  rowHref,
  empty,
}: ListPageProps<TData, K>) => {
  const { filters: values, setFilter } = list
  const filtering = useMemo<DataTableFilteringState>(() => ({ ...values }), [values])
  return (
    <Container className="divide-y p-0" data-testid={testId}>
      <PageHeader title={title} description={description}>
        {filters.map((filter) =>
          filter.kind === "select" ? (
            <SelectFilter
              key={filter.id}
              filter={filter}
              value={values[filter.id]}
              onChange={(value) => setFilter(filter.id, value)}
            />
          ) : (
            <SearchInput
              key={filter.id}
              testId={filter.testId}
              placeholder={filter.placeholder}
              className={filter.className}
              onSearch={(q) => setFilter(filter.id, q)}
            />
          )
        )}
        {toolbar}
      </PageHeader>
      {query.error ? (
        <Text className="text-ui-fg-error px-6 py-4">{errorMessage(query.error)}</Text>
      ) : (
        <ListTable
          columns={columns}
          rows={query.rows}
          getRowId={getRowId}
          isLoading={query.isLoading}
          empty={empty}
          rowHref={rowHref}
          filtering={filtering}
          paging={{ pagination: list.pagination, setPagination: list.setPagination, count: query.count ?? 0 }}
        />
      )}
    </Container>
  )
}
