import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import type { ChatAttachment } from "../../../../../modules/chat/types"
import { sendOk, type ApiV1Response } from "../../../../utils/envelope"
import type { UploadChatAttachmentBody } from "../validators"

/**
 * Uploads an image through the File Module for a later chat message (`attachment_file_id` on the
 * socket's `send`). Customers, sellers and admins alike: Medusa's own upload route is admin-only.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<UploadChatAttachmentBody>,
  res: ApiV1Response<ChatAttachment>
) => {
  const { filename, mime_type, content } = req.validatedBody
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: { files: [{ filename, mimeType: mime_type, content, access: "public" }] },
  })
  sendOk(res, { file_id: result[0].id, url: result[0].url }, { status: 201 })
}
