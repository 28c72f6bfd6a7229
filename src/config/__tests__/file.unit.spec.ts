import path from "node:path"
import { fileModuleRegistration, usesLocalFiles } from "../file"

describe("fileModuleRegistration", () => {
  it("uses the local provider without S3 settings, its files outside static/ and its URLs on /api/v1/files", () => {
    const registration = fileModuleRegistration({})
    const uploads = path.join(process.cwd(), "uploads")
    expect(registration.options.providers).toEqual([
      {
        resolve: "@medusajs/medusa/file-local",
        id: "local",
        options: { upload_dir: uploads, private_upload_dir: uploads, backend_url: "http://localhost:9000/api/v1/files" },
      },
    ])
    expect(usesLocalFiles({})).toBe(true)
  })

  it("takes the upload folder and the public URL from the environment", () => {
    const [provider] = fileModuleRegistration({
      FILE_UPLOAD_DIR: "/var/lib/gopang/uploads",
      MEDUSA_BACKEND_URL: "https://shop.example.kr/",
    }).options.providers
    expect(provider.options).toEqual({
      upload_dir: "/var/lib/gopang/uploads",
      private_upload_dir: "/var/lib/gopang/uploads",
      backend_url: "https://shop.example.kr/api/v1/files",
    })
    const [onPort] = fileModuleRegistration({ PORT: "9100" }).options.providers
    expect(onPort.options?.backend_url).toEqual("http://localhost:9100/api/v1/files")
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
    expect(usesLocalFiles({ S3_BUCKET: "gopang" })).toBe(false)
    expect(provider.options).toMatchObject({
      file_url: "https://gopang.s3.ap-northeast-2.amazonaws.com",
      authentication_method: "s3-iam-role",
      additional_client_config: { forcePathStyle: false },
    })
  })
})
