import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CHAT_ATTACHMENT_EXTENSIONS, type ChatAttachment } from "../../../modules/chat/types"

export const resolveChatAttachmentStepId = "resolve-chat-attachment"

/** Looks an uploaded image up in the File Module; a message never carries a URL the client made up. */
export const resolveChatAttachmentStep = createStep(
  resolveChatAttachmentStepId,
  async (fileId: string | undefined, { container }) => {
    if (!fileId) {
      return new StepResponse<ChatAttachment | null>(null)
    }
    const extension = fileId.split(".").pop()?.toLowerCase() ?? ""
    if (!CHAT_ATTACHMENT_EXTENSIONS.includes(extension)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "이미지 파일만 첨부할 수 있습니다.")
    }
    const file = await container.resolve(Modules.FILE).retrieveFile(fileId)
    return new StepResponse<ChatAttachment | null>({ file_id: file.id, url: file.url })
  }
)
