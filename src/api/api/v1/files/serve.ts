import path from "node:path"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { localUploadDir, usesLocalFiles } from "../../../../config/file"

/**
 * Every uploaded file is someone else's content served from the dashboard's origin: whatever it
 * is, it may not run script there. A browser that ignores the download header still renders it
 * in a sandbox (unique origin, no script), and never guesses a type the header does not name.
 */
export const UPLOADED_FILE_HEADERS = {
  "Content-Security-Policy": "sandbox; default-src 'none'",
  "X-Content-Type-Options": "nosniff",
} as const

/** Raster images are shown in place (an `<img>`, a new tab); every other file is a download. */
const INLINE_EXTENSIONS = new Set([".png", ".jpg", ".jpeg", ".gif", ".webp"])

const notFound = () => new MedusaError(MedusaError.Types.NOT_FOUND, "파일을 찾을 수 없습니다.")

/** The provider's key from the URL's parts; a part that could leave the folder is refused. */
function fileKey(parts: (string | undefined)[]): string {
  const valid = parts.every(
    (part) => !!part && part !== "." && part !== ".." && !/[\\/\0]/.test(part) && !part.startsWith(".")
  )
  if (!valid) {
    throw notFound()
  }
  return parts.join("/")
}

/**
 * GET /api/v1/files/:key and /api/v1/files/:folder/:key: a file of the local File Module
 * provider (src/config/file.ts), with the headers above. With S3 configured the files live on
 * the bucket's origin and this answers 404.
 */
export async function serveUploadedFile(req: MedusaRequest, res: MedusaResponse, parts: (string | undefined)[]) {
  if (!usesLocalFiles()) {
    throw notFound()
  }
  const key = fileKey(parts)
  const extension = path.extname(key).toLowerCase()
  if (!INLINE_EXTENSIONS.has(extension)) {
    // Sets the type from the extension too (text/html for a page: downloaded, never rendered).
    res.attachment(path.basename(key))
  }
  await new Promise<void>((resolve, reject) => {
    // `send` (express.static's engine) handles types, ETag, ranges and conditional requests.
    res.sendFile(key, { root: localUploadDir(), dotfiles: "deny", headers: UPLOADED_FILE_HEADERS }, (error) => {
      if (error && !res.headersSent) {
        res.removeHeader("Content-Disposition")
        res.removeHeader("Content-Type")
        return reject(notFound())
      }
      resolve()
    })
  })
}
