import {
  authenticate,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

type AuthMethod = "bearer" | "session" | "api-key"

/**
 * Medusa's `authenticate`, but a refusal goes through `next(error)` instead of being written
 * straight to the response, so /api/v1 answers it in its own envelope.
 */
export function requireActor(
  actorType: string | string[],
  methods: AuthMethod[] = ["bearer", "session"],
  options: { allowUnregistered?: boolean } = {}
) {
  const medusaAuthenticate = authenticate(actorType, methods, options)
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const refuse = (status: number) => ({
      json: () =>
        next(
          new MedusaError(
            status === 403 ? MedusaError.Types.FORBIDDEN : MedusaError.Types.UNAUTHORIZED,
            status === 403 ? "권한이 없습니다." : "로그인이 필요합니다."
          )
        ),
    })
    const intercepted = new Proxy(res, {
      get(target, property, receiver) {
        if (property === "status") {
          return (status: number) => (status === 401 || status === 403 ? refuse(status) : target.status(status))
        }
        return Reflect.get(target, property, receiver)
      },
    })
    return medusaAuthenticate(req, intercepted, next)
  }
}
