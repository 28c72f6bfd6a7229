import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { CHAT_ATTACHMENT_EXTENSIONS, type ChatAttachment } from "../types"

/** Looks an uploaded image up in the File Module: a message never carries a URL the client made up. */
export async function resolveChatAttachment(container: MedusaContainer, fileId: string): Promise<ChatAttachment> {
  const extension = fileId.split(".").pop()?.toLowerCase() ?? ""
  if (!CHAT_ATTACHMENT_EXTENSIONS.includes(extension)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "이미지 파일만 첨부할 수 있습니다.")
  }
  const file = await container.resolve(Modules.FILE).retrieveFile(fileId)
  return { file_id: file.id, url: file.url }
}
