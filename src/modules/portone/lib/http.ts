import { MedusaError } from "@medusajs/framework/utils"

export type TransportFailure = "timeout" | "network" | "server"

/**
 * A call whose outcome is unknown: PortOne may or may not have acted on it. Callers that charge
 * or refund must look the payment up before deciding anything.
 */
export class PortOneTransportError extends MedusaError {
  constructor(
    readonly failure: TransportFailure,
    readonly operation: string,
    readonly httpStatus?: number
  ) {
    super(
      MedusaError.Types.UNEXPECTED_STATE,
      failure === "timeout"
        ? `PortOne did not answer ${operation} in time`
        : failure === "server"
          ? `PortOne answered ${operation} with HTTP ${httpStatus}`
          : `The connection to PortOne failed during ${operation}`
    )
  }
}

export type JsonResponse = { status: number; body: unknown }

export type RequestOptions = {
  method: "GET" | "POST" | "PUT" | "DELETE"
  url: string
  headers?: Record<string, string>
  body?: unknown
  timeoutMs: number
  /** Names the call in errors, e.g. `POST /payments/cancel`. Never contains values. */
  operation: string
}

/**
 * One HTTP exchange with PortOne. 5xx, timeouts and resets become PortOneTransportError;
 * everything else (including 4xx) is returned for the caller to interpret. Bodies are never
 * logged or copied into errors: they can carry card data.
 */
export async function requestJson(options: RequestOptions): Promise<JsonResponse> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), options.timeoutMs)
  let response: Response
  try {
    response = await fetch(options.url, {
      method: options.method,
      headers: {
        accept: "application/json",
        ...(options.body === undefined ? {} : { "content-type": "application/json" }),
        ...options.headers,
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: controller.signal,
    })
  } catch {
    clearTimeout(timer)
    throw new PortOneTransportError(controller.signal.aborted ? "timeout" : "network", options.operation)
  }
  try {
    const text = await response.text()
    if (response.status >= 500) {
      throw new PortOneTransportError("server", options.operation, response.status)
    }
    let body: unknown = undefined
    if (text) {
      try {
        body = JSON.parse(text)
      } catch {
        body = undefined
      }
    }
    return { status: response.status, body }
  } catch (error) {
    if (error instanceof PortOneTransportError) {
      throw error
    }
    throw new PortOneTransportError(controller.signal.aborted ? "timeout" : "network", options.operation)
  } finally {
    clearTimeout(timer)
  }
}

/** Rejects after `ms`; used around SDK calls that take no AbortSignal. */
export function withTimeout<T>(promise: Promise<T>, ms: number, operation: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PortOneTransportError("timeout", operation)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}
