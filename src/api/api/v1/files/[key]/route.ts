import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { serveUploadedFile } from "../serve"

/** GET /api/v1/files/:key — a locally stored upload (see ../serve.ts). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  await serveUploadedFile(req, res, [req.params.key])
}
