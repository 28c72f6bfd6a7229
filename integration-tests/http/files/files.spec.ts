import fs from "node:fs"
import path from "node:path"
import { Modules } from "@medusajs/framework/utils"
import type { AxiosResponse } from "axios"
import { seedAdmin } from "../../../src/scripts/seed/admin"
import { seedStore } from "../../../src/scripts/seed/store"
import { seedTerms } from "../../../src/scripts/seed/terms"
import { gopangIntegrationTestRunner } from "../../helpers/runner"
import { sellerJoinBody } from "../seller/helpers"

jest.setTimeout(180 * 1000)

/**
 * Uploaded files (seller detail pages, chat images, review photos: Medusa's File Module with the
 * local provider) are served by GET /api/v1/files/… so that none can run script in the
 * dashboard's origin: pages and other documents are downloads, every answer has `nosniff` and a
 * sandboxing CSP, seller pages are stored sanitized, and names keep their base name only.
 */

const ADMIN_PASSWORD = "test-admin-password-1"
const PASSWORD = "seller-password-1"
const UPLOAD_DIR = path.join(process.cwd(), "uploads")
/** A 1×1 transparent PNG. */
const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
const ATTACK =
  "<html><head><script>localStorage.setItem('pwned', document.cookie)</script></head>" +
  '<body><h1 style="text-align: center">고팡 티셔츠</h1><p>면 <b>100%</b></p>' +
  '<img src="x" onerror="fetch(\'/admin/users/me\')"><script src="https://evil.example/x.js"></script></body></html>'
const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64")

type Json = Record<string, any>

const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` }, validateStatus: () => true })
const anyStatus = { validateStatus: () => true, responseType: "text" as const, transformResponse: (body: string) => body }

function expectSandboxed(response: AxiosResponse) {
  expect(response.headers["x-content-type-options"]).toEqual("nosniff")
  expect(response.headers["content-security-policy"]).toEqual("sandbox; default-src 'none'")
}

gopangIntegrationTestRunner({
  database: "migrated",
  env: { GOPANG_ADMIN_PASSWORD: ADMIN_PASSWORD, CHAT_PORT: "0" },
  testSuite: ({ api, getContainer }) => {
    let sellerToken: string

    beforeAll(async () => {
      const container = getContainer()
      await seedStore(container)
      await seedAdmin(container)
      await seedTerms(container)
      const joined = await api.post("/api/v1/seller/join", sellerJoinBody("files@example.kr", PASSWORD, "1208112342", { name: "파일상점" }))
      sellerToken = joined.data.data.token
      const admin = await api.post("/auth/user/emailpass", { email: "admin@gopang.local", password: ADMIN_PASSWORD })
      const approved = await api.post(`/admin/sellers/${joined.data.data.seller.id}/approve`, {}, bearer(admin.data.token))
      expect(approved.status).toEqual(200)
    })

    /** The file behind a URL the File Module handed out, fetched from this test's server. */
    const download = (url: string) => api.get(new URL(url).pathname, anyStatus)

    it("stores a seller's detail page sanitized, under its base name, and serves it as a sandboxed download", async () => {
      const uploaded = await api.post(
        "/api/v1/seller/files",
        { original_file_name: "../../C:\\Users\\kim\\상세 페이지.html", mime_type: "text/html", content_base64: b64(ATTACK) },
        bearer(sellerToken)
      )
      expect(uploaded.status).toEqual(201)
      const file: Json = uploaded.data.data
      expect(file.original_file_name).toEqual("상세 페이지.html")
      // A random storage name in the details folder, on Gopang's route, never under /static.
      expect(new URL(file.file_path).pathname).toMatch(/^\/api\/v1\/files\/details\/\d+-[0-9a-f-]{36}\.html$/)
      expect(file.file_key).toMatch(/^details\/\d+-[0-9a-f-]{36}\.html$/)

      const stored = fs.readFileSync(path.join(UPLOAD_DIR, file.file_key), "utf8")
      expect(file.file_size).toEqual(Buffer.byteLength(stored))
      expect(fs.existsSync(path.join(process.cwd(), "static", file.file_key))).toBe(false)
      expect(stored).toContain('<h1 style="text-align:center">고팡 티셔츠</h1><p>면 <b>100%</b></p>')
      expect(stored).not.toMatch(/<script|onerror|evil\.example|pwned/i)

      const served = await download(file.file_path)
      expect(served.status).toEqual(200)
      expect(served.data).toEqual(stored)
      expect(served.headers["content-type"]).toMatch(/^text\/html/)
      expect(served.headers["content-disposition"]).toMatch(/^attachment; filename="\d+-[0-9a-f-]{36}\.html"$/)
      expectSandboxed(served)
    })

    it("takes a PDF only when it is one, and serves it as a download", async () => {
      const notPdf = await api.post(
        "/api/v1/seller/files",
        { original_file_name: "상세.pdf", mime_type: "application/pdf", content_base64: b64(ATTACK) },
        bearer(sellerToken)
      )
      expect(notPdf.status).toEqual(400)
      expect(notPdf.data.error.message).toContain("content_base64")
      expect(notPdf.data.error.message).toContain("PDF 파일이 아닙니다")

      const pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
      const uploaded = await api.post(
        "/api/v1/seller/files",
        { original_file_name: "/tmp/상세.pdf", mime_type: "application/pdf", content_base64: b64(pdf) },
        bearer(sellerToken)
      )
      expect(uploaded.status).toEqual(201)
      expect(uploaded.data.data).toMatchObject({ original_file_name: "상세.pdf", file_size: pdf.length })
      const served = await download(uploaded.data.data.file_path)
      expect(served.status).toEqual(200)
      expect(served.data).toEqual(pdf)
      expect(served.headers["content-type"]).toEqual("application/pdf")
      expect(served.headers["content-disposition"]).toMatch(/^attachment; filename=".+\.pdf"$/)
      expectSandboxed(served)
    })

    it("serves chat images and review photos in place, typed by their name, sandboxed", async () => {
      const attachment = await api.post(
        "/api/v1/chat/attachments",
        { filename: "파손.png", mime_type: "image/png", content: PNG },
        bearer(sellerToken)
      )
      expect(attachment.status).toEqual(201)
      expect(new URL(attachment.data.data.url).pathname.startsWith("/api/v1/files/")).toBe(true)
      const image = await api.get(new URL(attachment.data.data.url).pathname, { responseType: "arraybuffer" })
      expect(Buffer.from(image.data).equals(Buffer.from(PNG, "base64"))).toBe(true)
      expect(image.headers["content-type"]).toEqual("image/png")
      expect(image.headers["content-disposition"]).toBeUndefined()
      expectSandboxed(image)

      // Review photos go through the File Module the same way, in their own folder.
      const [photo] = await getContainer()
        .resolve(Modules.FILE)
        .createFiles([{ filename: "reviews/photo.jpg", mimeType: "image/jpeg", content: PNG, access: "public" }])
      expect(new URL(photo.url).pathname).toEqual(`/api/v1/files/${photo.id}`)
      const served = await api.get(new URL(photo.url).pathname, anyStatus)
      expect(served.status).toEqual(200)
      expect(served.headers["content-type"]).toEqual("image/jpeg")
      expectSandboxed(served)
    })

    it("serves any other stored file (a raw page uploaded by an operator) as a sandboxed download", async () => {
      const [page] = await getContainer()
        .resolve(Modules.FILE)
        .createFiles([{ filename: "raw.html", mimeType: "text/html", content: b64(ATTACK), access: "public" }])
      const served = await download(page.url)
      expect(served.status).toEqual(200)
      expect(served.headers["content-disposition"]).toMatch(/^attachment; filename="\d+-raw\.html"$/)
      expectSandboxed(served)
      // Medusa's own /static serves nothing of it.
      expect((await api.get(`/static/${page.id}`, anyStatus)).status).toEqual(404)
    })

    it("answers 404 in Korean for a missing file and for any path that could leave the folder", async () => {
      fs.mkdirSync(UPLOAD_DIR, { recursive: true })
      const secret = path.join(UPLOAD_DIR, `.secret-${process.pid}`)
      fs.writeFileSync(secret, "hidden")
      for (const route of [
        "/api/v1/files/missing.html",
        "/api/v1/files/..%2Fpackage.json",
        "/api/v1/files/..%2F..%2Fetc%2Fpasswd",
        "/api/v1/files/%2e%2e/package.json",
        "/api/v1/files/reviews/..%2F..%2Fpackage.json",
        "/api/v1/files/a%252F..%252F..%252Fpackage.json",
        `/api/v1/files/${path.basename(secret)}`,
        "/api/v1/files/reviews",
      ]) {
        const response = await api.get(route, { validateStatus: () => true })
        expect({ route, status: response.status }).toEqual({ route, status: 404 })
        expect(JSON.stringify(response.data)).not.toMatch(/root|passwd|hidden/)
      }
      fs.rmSync(secret)
      // A NUL in the path never reaches the route: every /api/v1 request with one is a 400 naming it.
      const nul = await api.get("/api/v1/files/details/%00.html", { validateStatus: () => true })
      expect(nul.status).toEqual(400)
      expect(JSON.stringify(nul.data)).toContain("path")
      const missing = await api.get("/api/v1/files/missing.html", { validateStatus: () => true })
      expect(JSON.stringify(missing.data)).toContain("파일을 찾을 수 없습니다")
    })
  },
})
