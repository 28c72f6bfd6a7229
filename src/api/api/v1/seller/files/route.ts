import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { detailHtmlFile } from "../../../../../modules/seller"
import { type ApiV1Response, sendOk } from "../../../../utils/envelope"
import type { SellerFileUploadBody } from "../validators"

type UploadedFile = { file_key: string; file_path: string; original_file_name: string; file_size: number }

const DETAIL_FILE_FOLDER = "details"

/**
 * POST /api/v1/seller/files — stores an item's detail description (HTML or PDF) through
 * Medusa's File Module and answers the fields an item takes (file_key, file_path,
 * original_file_name, file_size). The content comes base64-encoded in JSON.
 *
 * A page is stored sanitized (detailHtmlFile: no script, its formatting kept), under a random
 * name: the storage key never derives from what the client sent, and `original_file_name` is
 * its base name only (validators.ts).
 */
export async function POST(req: AuthenticatedMedusaRequest<SellerFileUploadBody>, res: ApiV1Response<UploadedFile>) {
  const { original_file_name, mime_type, content_base64 } = req.validatedBody
  const html = mime_type === "text/html"
  const content = html
    ? Buffer.from(detailHtmlFile(Buffer.from(content_base64, "base64").toString("utf8")), "utf8")
    : Buffer.from(content_base64, "base64")
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: [
        {
          filename: `${DETAIL_FILE_FOLDER}/${randomUUID()}.${html ? "html" : "pdf"}`,
          mimeType: mime_type,
          content: content.toString("base64"),
          access: "public",
        },
      ],
    },
  })
  sendOk(
    res,
    { file_key: result[0].id, file_path: result[0].url, original_file_name, file_size: content.length },
    { status: 201 }
  )
}
