import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { type ApiV1Response, sendOk } from "../../../../utils/envelope"
import type { SellerFileUploadBody } from "../validators"

type UploadedFile = { file_key: string; file_path: string; original_file_name: string; file_size: number }

/**
 * POST /api/v1/seller/files — stores an item's detail description (HTML or PDF) through
 * Medusa's File Module and answers the fields an item takes (file_key, file_path,
 * original_file_name, file_size). The content comes base64-encoded in JSON.
 */
export async function POST(req: AuthenticatedMedusaRequest<SellerFileUploadBody>, res: ApiV1Response<UploadedFile>) {
  const { original_file_name, mime_type, content_base64 } = req.validatedBody
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: [{ filename: original_file_name, mimeType: mime_type, content: content_base64, access: "public" }],
    },
  })
  sendOk(
    res,
    {
      file_key: result[0].id,
      file_path: result[0].url,
      original_file_name,
      file_size: Buffer.from(content_base64, "base64").length,
    },
    { status: 201 }
  )
}
