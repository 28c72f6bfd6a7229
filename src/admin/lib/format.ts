/** Dates and amounts as Korean operators read them. */
const dateTime = new Intl.DateTimeFormat("ko-KR", {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
})

export function formatDateTime(value: string | Date | null | undefined): string {
  return value ? dateTime.format(new Date(value)) : "–"
}

export function formatWon(value: number | string | null | undefined): string {
  return value === null || value === undefined ? "–" : `${Number(value).toLocaleString("ko-KR")}원`
}
