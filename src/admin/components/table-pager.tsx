import { Table } from "@medusajs/ui"

type TablePagerProps = {
  count: number
  pageSize: number
  /** Zero-based. */
  page: number
  setPage: (update: (page: number) => number) => void
}

/** The pager under every list page's table (Medusa UI's Table.Pagination, zero-based pages). */
export const TablePager = ({ count, pageSize, page, setPage }: TablePagerProps) => {
  const pageCount = Math.max(1, Math.ceil(count / pageSize))
  return (
    <Table.Pagination
      count={count}
      pageSize={pageSize}
      pageIndex={page}
      pageCount={pageCount}
      canPreviousPage={page > 0}
      canNextPage={page + 1 < pageCount}
      previousPage={() => setPage((p) => Math.max(p - 1, 0))}
      nextPage={() => setPage((p) => p + 1)}
    />
  )
}
