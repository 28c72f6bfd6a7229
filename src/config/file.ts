export type FileModuleRegistration = {
  resolve: "@medusajs/medusa/file"
  options: { providers: { resolve: string; id: string; options?: Record<string, unknown> }[] }
}

/**
 * Medusa's File Module with S3 when `S3_BUCKET` is set (AWS S3 or any S3-compatible store:
 * MinIO, R2, s3rver in the tests), otherwise the local provider (files under `static/`, served by
 * Medusa at /static), so `npm start` needs nothing.
 *
 * S3_BUCKET, S3_REGION (default ap-northeast-2), S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY,
 * S3_ENDPOINT (S3-compatible stores), S3_FORCE_PATH_STYLE ("true" for path-style URLs, the
 * default when S3_ENDPOINT is set), S3_FILE_URL (public base URL of objects; default derived from
 * endpoint and bucket), S3_PREFIX (key prefix), S3_ACL ("false" for BucketOwnerEnforced buckets).
 */
export function fileModuleRegistration(env: NodeJS.ProcessEnv = process.env): FileModuleRegistration {
  const bucket = env.S3_BUCKET
  if (!bucket) {
    return {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            ...(env.MEDUSA_BACKEND_URL?.startsWith("http")
              ? { options: { backend_url: `${env.MEDUSA_BACKEND_URL.replace(/\/$/, "")}/static` } }
              : {}),
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
