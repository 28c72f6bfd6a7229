import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { serveUploadedFile } from "../../serve"

/** GET /api/v1/files/:folder/:key — a locally stored upload in a folder (`reviews/…`; see ../../serve.ts). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  await serveUploadedFile(req, res, [req.params.folder, req.params.key])
}
