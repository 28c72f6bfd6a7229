/**
 * The `/api/v1` response envelope: the payload under `data`, list paging under `meta`.
 * Errors keep Medusa's error body (`{ type, message }`) and status codes.
 */
export type ApiV1Response<TData, TMeta = never> = [TMeta] extends [never] ? { data: TData } : { data: TData; meta: TMeta }

export type ApiV1ListMeta = { count: number; limit: number; offset: number }

export function envelope<TData>(data: TData): ApiV1Response<TData> {
  return { data } as ApiV1Response<TData>
}

export function listEnvelope<TData, TMeta>(data: TData, meta: TMeta): ApiV1Response<TData, TMeta> {
  return { data, meta } as ApiV1Response<TData, TMeta>
}
