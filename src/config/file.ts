import path from "node:path"

export type FileModuleRegistration = {
  resolve: "@medusajs/medusa/file"
  options: { providers: { resolve: string; id: string; options?: Record<string, unknown> }[] }
}

/** Where the local provider's files are served (src/api/api/v1/files). */
export const LOCAL_FILES_PATH = "/api/v1/files"

/** The local provider stores the files (no S3 bucket configured): GET /api/v1/files serves them. */
export function usesLocalFiles(env: NodeJS.ProcessEnv = process.env): boolean {
  return !env.S3_BUCKET
}

/** The local provider's folder: FILE_UPLOAD_DIR, else `uploads/` in the working directory. */
export function localUploadDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.FILE_UPLOAD_DIR || path.join(process.cwd(), "uploads"))
}

/**
 * Medusa's File Module with S3 when `S3_BUCKET` is set (AWS S3 or any S3-compatible store:
 * MinIO, R2, s3rver in the tests), otherwise the local provider, so `npm start` needs nothing.
 *
 * Local files live in FILE_UPLOAD_DIR (default `uploads/` in the working directory; `npm start`
 * uses `.data/uploads`), not in `static/`: Medusa serves `/static` itself, before any route and
 * with no way to add headers, from the dashboard's own origin, so an uploaded `.html` there would
 * run script as the operator. They are served by GET /api/v1/files/… instead (download headers,
 * `nosniff`, a sandboxing CSP), and the URLs the provider hands out point there: at
 * MEDUSA_BACKEND_URL, else http://localhost:$PORT. With S3 the files are served from the
 * bucket's own origin and this route answers 404.
 *
 * S3_BUCKET, S3_REGION (default ap-northeast-2), S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY,
 * S3_ENDPOINT (S3-compatible stores), S3_FORCE_PATH_STYLE ("true" for path-style URLs, the
 * default when S3_ENDPOINT is set), S3_FILE_URL (public base URL of objects; default derived from
 * endpoint and bucket), S3_PREFIX (key prefix), S3_ACL ("false" for BucketOwnerEnforced buckets).
 */
export function fileModuleRegistration(env: NodeJS.ProcessEnv = process.env): FileModuleRegistration {
  const bucket = env.S3_BUCKET
  if (!bucket) {
    const uploadDir = localUploadDir(env)
    const backendUrl = env.MEDUSA_BACKEND_URL?.startsWith("http")
      ? env.MEDUSA_BACKEND_URL.replace(/\/$/, "")
      : `http://localhost:${env.PORT || 9000}`
    return {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: {
              upload_dir: uploadDir,
              // Medusa's default puts "private" files in static/ as well; the local provider has
              // no signed URLs, so they are as reachable as before, but no longer under /static.
              private_upload_dir: uploadDir,
              backend_url: `${backendUrl}${LOCAL_FILES_PATH}`,
            },
          },
        ],
      },
    }
  }
  const region = env.S3_REGION || "ap-northeast-2"
  const endpoint = env.S3_ENDPOINT?.replace(/\/$/, "")
  const forcePathStyle = env.S3_FORCE_PATH_STYLE ? env.S3_FORCE_PATH_STYLE === "true" : !!endpoint
  const fileUrl =
    env.S3_FILE_URL?.replace(/\/$/, "") ||
    (endpoint
      ? forcePathStyle
        ? `${endpoint}/${bucket}`
        : endpoint.replace("://", `://${bucket}.`)
      : `https://${bucket}.s3.${region}.amazonaws.com`)
  return {
    resolve: "@medusajs/medusa/file",
    options: {
      providers: [
        {
          resolve: "@medusajs/medusa/file-s3",
          id: "s3",
          options: {
            file_url: fileUrl,
            bucket,
            region,
            ...(endpoint ? { endpoint } : {}),
            ...(env.S3_ACCESS_KEY_ID ? { access_key_id: env.S3_ACCESS_KEY_ID } : {}),
            ...(env.S3_SECRET_ACCESS_KEY ? { secret_access_key: env.S3_SECRET_ACCESS_KEY } : {}),
            // Without keys, the AWS SDK's default chain (IAM role, profile) is used.
            ...(env.S3_ACCESS_KEY_ID ? {} : { authentication_method: "s3-iam-role" }),
            ...(env.S3_PREFIX ? { prefix: env.S3_PREFIX } : {}),
            ...(env.S3_ACL === "false" ? { acl: false } : {}),
            additional_client_config: { forcePathStyle },
          },
        },
      ],
    },
  }
}
