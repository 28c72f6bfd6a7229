import { fileModuleRegistration } from "../file"

describe("fileModuleRegistration", () => {
  it("uses the local provider without S3 settings", () => {
    const registration = fileModuleRegistration({})
    expect(registration.options.providers).toEqual([{ resolve: "@medusajs/medusa/file-local", id: "local" }])
  })

  it("uses S3 with path-style URLs for an S3-compatible endpoint", () => {
    const registration = fileModuleRegistration({
      S3_BUCKET: "reviews",
      S3_ENDPOINT: "http://127.0.0.1:4569/",
      S3_ACCESS_KEY_ID: "key",
      S3_SECRET_ACCESS_KEY: "secret",
      S3_REGION: "us-east-1",
    })
    expect(registration.options.providers).toEqual([
      {
        resolve: "@medusajs/medusa/file-s3",
        id: "s3",
        options: {
          file_url: "http://127.0.0.1:4569/reviews",
          bucket: "reviews",
          region: "us-east-1",
          endpoint: "http://127.0.0.1:4569",
          access_key_id: "key",
          secret_access_key: "secret",
          additional_client_config: { forcePathStyle: true },
        },
      },
    ])
  })

  it("uses virtual-hosted AWS URLs and the IAM role without keys", () => {
    const [provider] = fileModuleRegistration({ S3_BUCKET: "gopang" }).options.providers
    expect(provider.options).toMatchObject({
      file_url: "https://gopang.s3.ap-northeast-2.amazonaws.com",
      authentication_method: "s3-iam-role",
      additional_client_config: { forcePathStyle: false },
    })
  })
})
