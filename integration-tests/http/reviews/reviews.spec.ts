import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import S3rver from "s3rver"
import sharp from "sharp"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REVIEW_MODULE, type ReviewModuleService } from "../../../src/modules/review"
import { seedMarketplace, type SeedSummary } from "../../../src/scripts/seed"
import { seedSellerEmail } from "../../../src/scripts/seed/sellers"
import { createReviewStepId, createReviewWorkflow } from "../../../src/workflows/review"
import { createAdmin } from "../../helpers/admin"
import { waitFor } from "../../helpers/wait"
import { joinAndLogin } from "../user/helpers"
import { createOrderFixture } from "./fixtures"
import { bucketKeys, image, sendMultipart, type Json, type Upload } from "./helpers"
import { gopangIntegrationTestRunner } from "../../helpers/runner"

jest.setTimeout(300 * 1000)

const BUCKET = "gopang-reviews"
const SELLER_PASSWORD = "seller-password-1"
const s3Dir = fs.mkdtempSync(path.join(os.tmpdir(), "gopang-s3-"))
const s3 = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: s3Dir, configureBuckets: [{ name: BUCKET }] })
let s3Endpoint = ""

// Before the app boots (the runner's own beforeAll comes after this one): the File Module
// registers the S3 provider from these settings.
beforeAll(async () => {
  const { port } = await s3.run()
  s3Endpoint = `http://127.0.0.1:${port}`
  Object.assign(process.env, {
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: s3Endpoint,
    S3_REGION: "us-east-1",
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
  })
})

afterAll(async () => {
  await s3.close()
  fs.rmSync(s3Dir, { recursive: true, force: true })
  for (const key of ["S3_BUCKET", "S3_ENDPOINT", "S3_REGION", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"]) {
    delete process.env[key]
  }
})

type Shopper = { id: string; email: string; token: string }

const noThrow = { validateStatus: () => true }
const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` }, validateStatus: () => true })

gopangIntegrationTestRunner({
  database: "seeded",
  env: { GOPANG_SELLER_PASSWORD: SELLER_PASSWORD },
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let seed: SeedSummary
    let baseUrl: string
    let fashionProduct: { id: string; variants: string[] }
    let otherProduct: { id: string; variants: string[] }
    let minkyu: Shopper
    let isu: Shopper
    let namgung: Shopper
    let stranger: Shopper
    /** line item ids by shopper and purpose */
    const items: Record<string, string> = {}
    let adminHeaders: { authorization: string }
    let fashionSeller: string
    let otherSeller: string

    async function productOf(sellerKey: string): Promise<{ id: string; variants: string[] }> {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "seller",
        fields: ["products.id", "products.variants.id"],
        filters: { id: seed.sellerIdsByKey[sellerKey] },
      })
      const product = (data[0].products as { id: string; variants: { id: string }[] }[])[0]
      return { id: product.id, variants: product.variants.map((variant) => variant.id) }
    }

    async function shopper(email: string, name: string): Promise<Shopper> {
      const { id, token } = await joinAndLogin(api, email, { user_name: name })
      return { id, email, token }
    }

    async function sellerToken(key: string): Promise<string> {
      const response = await api.post("/api/v1/seller/login", { email: seedSellerEmail(key), password: SELLER_PASSWORD }, noThrow)
      expect(response.status).toEqual(200)
      return response.data.data.token
    }

    beforeAll(async () => {
      container = getContainer()
      seed = await seedMarketplace(container)
      baseUrl = (api as unknown as { defaults: { baseURL: string } }).defaults.baseURL
      fashionProduct = await productOf("gopang-fashion")
      otherProduct = await productOf("digital-plaza")
      minkyu = await shopper("minkyu@gopang.test", "김민규")
      isu = await shopper("isu@gopang.test", "이수")
      namgung = await shopper("namgung@gopang.test", "남궁민수")
      stranger = await shopper("stranger@gopang.test", "박서준")

      const delivered = async (who: Shopper, variantId: string) =>
        (await createOrderFixture(container, seed, who, [{ variantId }])).lineItemIds[0]
      items.minkyuFashion = await delivered(minkyu, fashionProduct.variants[0])
      items.minkyuOther = await delivered(minkyu, otherProduct.variants[0])
      items.isuFashion = await delivered(isu, fashionProduct.variants[0])
      items.namgungFashion = await delivered(namgung, fashionProduct.variants[0])
      items.strangerOther = await delivered(stranger, otherProduct.variants[0])
      items.minkyuShipped = (
        await createOrderFixture(container, seed, minkyu, [{ variantId: fashionProduct.variants[0] }], "shipped")
      ).lineItemIds[0]
      adminHeaders = await createAdmin(container, api)
      fashionSeller = await sellerToken("gopang-fashion")
      otherSeller = await sellerToken("digital-plaza")
    })

    const write = (who: Shopper, lineItemId: string, fields: Record<string, string> = {}, files: Upload[] = []) =>
      sendMultipart(baseUrl, "POST", "/api/v1/reviews", who.token, {
        orderItemId: lineItemId,
        rating: "5",
        title: "좋아요",
        content: "배송도 빠르고 품질도 좋습니다.",
        ...fields,
      }, files)

    const productPage = async (query: string) => {
      const response = await api.get(`/api/v1/reviews/item?${query}`, noThrow)
      expect(response.status).toEqual(200)
      return response.data
    }

    const keysOf = (review: Json) => review.images.flatMap((img: Json) => [img.url, img.thumbnailUrl])
    const keyFromUrl = (url: string) => decodeURIComponent(url.slice(`${s3Endpoint}/${BUCKET}/`.length))

    describe("photos on S3", () => {
      it("stores three photos with thumbnails, serves them, edits, and deletes them with the review", async () => {
        const photos = [await image("jpeg", "첫번째 사진.jpg"), await image("png"), await image("webp")]
        const created = await write(minkyu, items.minkyuFashion, { rating: "4" }, photos)
        expect(created.status).toEqual(201)
        const review = created.data.data
        expect(review).toMatchObject({ itemId: fashionProduct.id, rating: 4, status: "published", reviewer: { name: "김*규" } })
        expect(review.images.map((img: Json) => [img.type, img.contentType, img.originalName])).toEqual([
          ["main", "image/jpeg", "첫번째 사진.jpg"],
          ["sub", "image/png", "photo.png"],
          ["sub", "image/webp", "photo.webp"],
        ])

        // objects and thumbnails are in the bucket, under random keys, and served
        const stored = await bucketKeys(s3Endpoint, BUCKET)
        const keys = keysOf(review).map(keyFromUrl)
        expect(keys).toHaveLength(6)
        keys.forEach((key: string) => {
          expect(stored).toContain(key)
          expect(key).not.toContain("사진")
        })
        const original = await fetch(review.images[0].url)
        expect(original.status).toEqual(200)
        // the same picture, written again without metadata
        const originalMeta = await sharp(Buffer.from(await original.arrayBuffer())).metadata()
        expect([originalMeta.format, originalMeta.width, originalMeta.height, originalMeta.exif]).toEqual(["jpeg", 800, 600, undefined])
        const thumbnail = await fetch(review.images[0].thumbnailUrl)
        const thumbnailMeta = await sharp(Buffer.from(await thumbnail.arrayBuffer())).metadata()
        expect(thumbnailMeta).toMatchObject({ format: "webp", width: 320, height: 240 })

        // edit: new rating and title, the PNG taken off, one more JPEG added
        const removed = review.images[1]
        const edited = await sendMultipart(
          baseUrl,
          "PUT",
          `/api/v1/reviews/${review.reviewId}`,
          minkyu.token,
          { rating: "2", title: "다시 보니 별로", removeImageIds: removed.imageId },
          [await image("jpeg", "추가.jpg")]
        )
        expect(edited.status).toEqual(200)
        expect(edited.data.data).toMatchObject({ rating: 2, title: "다시 보니 별로" })
        expect(edited.data.data.images.map((img: Json) => [img.type, img.originalName])).toEqual([
          ["main", "첫번째 사진.jpg"],
          ["sub", "photo.webp"],
          ["sub", "추가.jpg"],
        ])
        const afterEdit = await bucketKeys(s3Endpoint, BUCKET)
        expect(afterEdit).not.toContain(keyFromUrl(removed.url))
        expect(afterEdit).not.toContain(keyFromUrl(removed.thumbnailUrl))
        keysOf(edited.data.data).map(keyFromUrl).forEach((key: string) => expect(afterEdit).toContain(key))

        // delete: the review and every object of it are gone
        const deleted = await api.delete(`/api/v1/reviews/${review.reviewId}`, bearer(minkyu.token))
        expect(deleted.status).toEqual(200)
        const afterDelete = await bucketKeys(s3Endpoint, BUCKET)
        keysOf(edited.data.data).map(keyFromUrl).forEach((key: string) => expect(afterDelete).not.toContain(key))
        expect((await fetch(edited.data.data.images[0].url)).status).toEqual(404)
        const mine = await api.get("/api/v1/reviews", bearer(minkyu.token))
        expect(mine.data.data.reviews).toEqual([])
        expect(mine.data.data.reviewable.map((item: Json) => item.orderItemId)).toContain(items.minkyuFashion)
      })

      it("stores a phone photo turned upright and without its EXIF (GPS position), and only the file's base name", async () => {
        // 800×600 as the sensor saw it, EXIF orientation 6 (turn 90° clockwise), GPS in Jeju
        const bytes = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 10, g: 120, b: 200 } } })
          .jpeg()
          .withExif({ IFD0: { Make: "Gopang Phone" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "33/1 29/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "126/1 32/1 0/1" } })
          .withMetadata({ orientation: 6 })
          .toBuffer()
        const sent = await sharp(bytes).metadata()
        expect([sent.orientation, Boolean(sent.exif), sent.exif!.includes(Buffer.from("Gopang Phone"))]).toEqual([6, true, true])

        const created = await write(isu, items.isuFashion, {}, [{ name: "C:\\Users\\isu\\DCIM\\../제주 바다.jpg", type: "image/jpeg", bytes }])
        expect(created.status).toEqual(201)
        const [photo] = created.data.data.images
        expect(photo.originalName).toEqual("제주 바다.jpg")
        const stored = Buffer.from(await (await fetch(photo.url)).arrayBuffer())
        const meta = await sharp(stored).metadata()
        expect(meta).toMatchObject({ format: "jpeg", width: 600, height: 800 })
        expect(meta.exif).toBeUndefined()
        expect(meta.orientation).toBeUndefined()
        expect(stored.includes(Buffer.from("Gopang Phone"))).toBe(false)
      })

      it("leaves no object behind when the workflow fails after the upload", async () => {
        const before = await bucketKeys(s3Endpoint, BUCKET)
        const workflow = createReviewWorkflow(container)
        workflow.appendAction("throw", createReviewStepId, {
          invoke: async () => {
            throw new Error("injected failure after creating the review")
          },
        })
        const photo = await image("jpeg")
        const { errors } = await workflow.run({
          input: {
            customer_id: isu.id,
            line_item_id: items.isuFashion,
            title: "실패",
            content: null,
            rating: 5,
            images: [
              {
                name: "compensation-test",
                original_name: "a.jpg",
                content_type: "image/jpeg",
                extension: "jpg",
                size: photo.bytes.length,
                content: photo.bytes.toString("base64"),
                thumbnail: photo.bytes.toString("base64"),
              },
            ],
          },
          throwOnError: false,
        })
        expect(errors[0]?.error?.message).toContain("injected failure")
        expect(await bucketKeys(s3Endpoint, BUCKET)).toEqual(before)
        const reviews = container.resolve<ReviewModuleService>(REVIEW_MODULE)
        expect(await reviews.listReviews({ line_item_id: items.isuFashion })).toEqual([])
        expect((await reviews.retrieveSummary(fashionProduct.id)).review_count).toEqual(0)
      })
    })

    describe("refusals", () => {
      it("refuses items not delivered, not bought or already reviewed, and bad images, naming the file", async () => {
        const before = await bucketKeys(s3Endpoint, BUCKET)
        const shipped = await write(minkyu, items.minkyuShipped)
        expect(shipped.status).toEqual(400)
        expect(shipped.data.error.message).toContain("배송이 완료된")

        const notBought = await write(minkyu, items.isuFashion)
        expect(notBought.status).toEqual(404)

        expect((await write(minkyu, items.minkyuOther)).status).toEqual(201)
        const second = await write(minkyu, items.minkyuOther)
        expect(second.status).toEqual(409)

        const eleven = await write(isu, items.isuFashion, {}, await Promise.all(Array.from({ length: 11 }, () => image("jpeg"))))
        expect(eleven.status).toEqual(400)
        expect(eleven.data.error.message).toContain("최대 10장")

        const big: Upload = {
          name: "big-photo.jpg",
          type: "image/jpeg",
          bytes: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(6 * 1024 * 1024, 1)]),
        }
        const tooBig = await write(isu, items.isuFashion, {}, [await image("png"), big])
        expect(tooBig.status).toEqual(400)
        expect(tooBig.data.error.message).toContain("big-photo.jpg")
        expect(tooBig.data.error.message).toContain("5MB")

        const text: Upload = { name: "cat.jpg", type: "image/jpeg", bytes: Buffer.from("this is not a picture, only text\n") }
        const fake = await write(isu, items.isuFashion, {}, [await image("jpeg", "real.jpg"), text])
        expect(fake.status).toEqual(400)
        expect(fake.data.error.message).toContain("cat.jpg")
        expect(fake.data.error.fields).toEqual(["images"])

        const badRating = await write(isu, items.isuFashion, { rating: "6" })
        expect(badRating.status).toEqual(400)
        expect(badRating.data.error.fields).toEqual(["rating"])

        // nothing was stored by any refused request, and the first one's line item is still open
        expect(await bucketKeys(s3Endpoint, BUCKET)).toEqual(before)
        expect((await write(isu, items.isuFashion)).status).toEqual(201)
      })

      it("answers 404 to editing or deleting someone else's review and 400 to voting on one's own", async () => {
        const mine = (await write(minkyu, items.minkyuFashion)).data.data
        const edit = await sendMultipart(baseUrl, "PUT", `/api/v1/reviews/${mine.reviewId}`, isu.token, { title: "남의 리뷰" })
        expect(edit.status).toEqual(404)
        expect((await api.delete(`/api/v1/reviews/${mine.reviewId}`, bearer(isu.token))).status).toEqual(404)
        const unknown = await api.put(`/api/v1/reviews/rev_unknown`, { title: "없음" }, bearer(minkyu.token))
        expect(unknown.status).toEqual(404)

        const own = await api.post(`/api/v1/reviews/${mine.reviewId}/votes`, { helpful: true }, bearer(minkyu.token))
        expect(own.status).toEqual(400)
        expect(own.data.error.message).toContain("자신의 리뷰")

        // a guest may read but not write or vote
        expect((await api.post(`/api/v1/reviews/${mine.reviewId}/votes`, { helpful: true }, noThrow)).status).toEqual(401)
        expect((await api.get("/api/v1/reviews", noThrow)).status).toEqual(401)

        // the review is untouched; a JSON edit by its author works
        const json = await api.put(`/api/v1/reviews/${mine.reviewId}`, { title: "JSON 수정", rating: 3 }, bearer(minkyu.token))
        expect(json.status).toEqual(200)
        expect(json.data.data).toMatchObject({ title: "JSON 수정", rating: 3 })
      })
    })

    describe("product page", () => {
      it("keeps the summary and star counts right through creates, edits, hides and deletes, and item cards follow", async () => {
        const page = () => productPage(`itemId=${fashionProduct.id}`)
        const a = (await write(minkyu, items.minkyuFashion, { rating: "5" }, [await image("jpeg")])).data.data
        const b = (await write(isu, items.isuFashion, { rating: "3" })).data.data
        await write(namgung, items.namgungFashion, { rating: "4" })
        let summary = (await page()).data.summary
        expect(summary).toEqual({ average: 4, count: 3, stars: { "1": 0, "2": 0, "3": 1, "4": 1, "5": 1 }, photoCount: 1 })

        await api.put(`/api/v1/reviews/${b.reviewId}`, { rating: 1 }, bearer(isu.token))
        summary = (await page()).data.summary
        expect(summary).toEqual({ average: 3.3, count: 3, stars: { "1": 1, "2": 0, "3": 0, "4": 1, "5": 1 }, photoCount: 1 })

        const hidden = await api.post(`/api/v1/seller/reviews/${a.reviewId}/hide`, { reason: "욕설 포함" }, bearer(fashionSeller))
        expect(hidden.status).toEqual(200)
        summary = (await page()).data.summary
        expect(summary).toEqual({ average: 2.5, count: 2, stars: { "1": 1, "2": 0, "3": 0, "4": 1, "5": 0 }, photoCount: 0 })

        expect((await api.delete(`/api/v1/reviews/${b.reviewId}`, bearer(isu.token))).status).toEqual(200)
        const after = await page()
        expect(after.data.summary).toEqual({ average: 4, count: 1, stars: { "1": 0, "2": 0, "3": 0, "4": 1, "5": 0 }, photoCount: 0 })
        expect(after.meta).toEqual({ page: 1, size: 20, total: 1 })
        expect(after.data.reviews.map((review: Json) => review.reviewer.name)).toEqual(["남**수"])

        // the catalogue read model (item cards and details) shows the real figures
        const card = await waitFor(
          async () => (await api.get(`/api/v1/items/${fashionProduct.id}`)).data.data.rating,
          (rating) => rating.count === 1
        )
        expect(card).toEqual({ average: 4, count: 1 })
        const list = await api.get(`/api/v1/items?sort=review_count&size=1`)
        expect(list.data.data[0]).toMatchObject({ itemId: fashionProduct.id, rating: { average: 4, count: 1 } })
      })

      it("orders best by helpful votes then recency, latest by time, filters by star and photos, masks names", async () => {
        const first = (await write(minkyu, items.minkyuFashion, { rating: "5", title: "첫 리뷰" }, [await image("webp")])).data.data
        const second = (await write(isu, items.isuFashion, { rating: "3", title: "둘째 리뷰" })).data.data
        const third = (await write(namgung, items.namgungFashion, { rating: "5", title: "셋째 리뷰" })).data.data

        // second gets two helpful votes, first one, third none
        const vote = (who: Shopper, review: Json, helpful: boolean) =>
          api.post(`/api/v1/reviews/${review.reviewId}/votes`, { helpful }, bearer(who.token))
        expect((await vote(minkyu, second, true)).data.data).toMatchObject({ myVote: "helpful", helpfulCount: 1 })
        await vote(namgung, second, true)
        await vote(isu, first, true)
        await vote(isu, third, false)

        const titles = (body: Json) => body.data.reviews.map((review: Json) => review.title)
        expect(titles(await productPage(`itemId=${fashionProduct.id}&sort=best`))).toEqual(["둘째 리뷰", "첫 리뷰", "셋째 리뷰"])
        expect(titles(await productPage(`itemId=${fashionProduct.id}&sort=latest`))).toEqual(["셋째 리뷰", "둘째 리뷰", "첫 리뷰"])

        const fives = await productPage(`itemId=${fashionProduct.id}&rating=5&sort=latest`)
        expect(titles(fives)).toEqual(["셋째 리뷰", "첫 리뷰"])
        expect(fives.meta.total).toEqual(2)
        const photos = await productPage(`itemId=${fashionProduct.id}&photoOnly=true`)
        expect(titles(photos)).toEqual(["첫 리뷰"])
        expect(photos.meta.total).toEqual(1)
        expect((await productPage(`itemId=${fashionProduct.id}&photoOnly=true&rating=3`)).data.reviews).toEqual([])

        const paged = await productPage(`itemId=${fashionProduct.id}&sort=latest&size=2&page=2`)
        expect(titles(paged)).toEqual(["첫 리뷰"])
        expect(paged.meta).toEqual({ page: 2, size: 2, total: 3 })

        const names = (await productPage(`itemId=${fashionProduct.id}&sort=latest`)).data.reviews.map(
          (review: Json) => review.reviewer.name
        )
        expect(names).toEqual(["남**수", "이*", "김*규"])
        const everything = JSON.stringify(await productPage(`itemId=${fashionProduct.id}`))
        expect(everything).not.toContain("김민규")
        expect(everything).not.toContain("minkyu@")

        expect((await api.get(`/api/v1/reviews/item?itemId=${fashionProduct.id}&sort=worst`, noThrow)).status).toEqual(400)
      })

      it("changes and withdraws votes, and shows a reviewer's page with totals", async () => {
        const review = (await write(minkyu, items.minkyuFashion)).data.data
        await write(minkyu, items.minkyuOther, { rating: "2" })
        const vote = (who: Shopper, helpful: boolean) =>
          api.post(`/api/v1/reviews/${review.reviewId}/votes`, { helpful }, bearer(who.token))
        await vote(isu, true)
        expect((await vote(namgung, true)).data.data).toMatchObject({ helpfulCount: 2, notHelpfulCount: 0 })
        expect((await vote(namgung, false)).data.data).toMatchObject({ myVote: "not_helpful", helpfulCount: 1, notHelpfulCount: 1 })
        const withdrawn = await api.delete(`/api/v1/reviews/${review.reviewId}/votes`, bearer(namgung.token))
        expect(withdrawn.data.data).toMatchObject({ myVote: null, helpfulCount: 1, notHelpfulCount: 0 })

        const reviewer = await api.get(`/api/v1/reviewers/${minkyu.id}/reviews`, noThrow)
        expect(reviewer.status).toEqual(200)
        expect(reviewer.data.data.reviewer).toEqual({ customerId: minkyu.id, name: "김*규", reviewCount: 2, helpfulCount: 1 })
        expect(reviewer.data.data.reviews).toHaveLength(2)
        expect((await api.get(`/api/v1/reviewers/${stranger.id}/reviews`, noThrow)).status).toEqual(404)
      })
    })

    describe("my reviews", () => {
      it("lists my reviews with their state and the delivered items I can still review", async () => {
        const before = await api.get("/api/v1/reviews", bearer(minkyu.token))
        expect(before.status).toEqual(200)
        expect(before.data.data.reviews).toEqual([])
        // the shipped-but-not-delivered item is not offered
        expect(before.data.data.reviewable.map((item: Json) => item.orderItemId).sort()).toEqual(
          [items.minkyuFashion, items.minkyuOther].sort()
        )
        const review = (await write(minkyu, items.minkyuFashion)).data.data
        await api.post(`/api/v1/seller/reviews/${review.reviewId}/hide`, { reason: "광고성 내용" }, bearer(fashionSeller))
        const after = await api.get("/api/v1/reviews", bearer(minkyu.token))
        expect(after.data.data.reviews).toEqual([
          expect.objectContaining({ reviewId: review.reviewId, status: "hidden", statusReason: "광고성 내용", orderItemId: items.minkyuFashion }),
        ])
        expect(after.data.data.reviewable.map((item: Json) => item.orderItemId)).toEqual([items.minkyuOther])
        expect(after.data.meta).toEqual({ page: 1, size: 20, total: 1 })
      })
    })

    describe("sellers and operators", () => {
      it("lets a seller hide only reviews of its own products", async () => {
        const fashion = (await write(minkyu, items.minkyuFashion)).data.data
        const other = (await write(minkyu, items.minkyuOther)).data.data

        expect((await api.post(`/api/v1/seller/reviews/${other.reviewId}/hide`, { reason: "부적절" }, bearer(fashionSeller))).status).toEqual(404)
        expect((await api.post(`/api/v1/seller/reviews/${fashion.reviewId}/hide`, { reason: "부적절" }, bearer(otherSeller))).status).toEqual(404)
        expect((await api.post(`/api/v1/seller/reviews/${fashion.reviewId}/hide`, {}, bearer(fashionSeller))).status).toEqual(400)
        expect((await api.post(`/api/v1/seller/reviews/${fashion.reviewId}/hide`, { reason: "부적절" }, bearer(minkyu.token))).status).toEqual(401)

        const listed = await api.get("/api/v1/seller/reviews", bearer(fashionSeller))
        expect(listed.data.data.map((review: Json) => review.reviewId)).toEqual([fashion.reviewId])

        const hidden = await api.post(`/api/v1/seller/reviews/${fashion.reviewId}/hide`, { reason: "욕설 포함" }, bearer(fashionSeller))
        expect(hidden.data.data).toEqual({ reviewId: fashion.reviewId, status: "hidden", statusReason: "욕설 포함" })
        expect((await api.post(`/api/v1/seller/reviews/${fashion.reviewId}/hide`, { reason: "다시" }, bearer(fashionSeller))).status).toEqual(400)
        expect((await productPage(`itemId=${fashionProduct.id}`)).data.reviews).toEqual([])
        expect((await productPage(`itemId=${otherProduct.id}`)).data.reviews).toHaveLength(1)
      })

      it("lets an operator list, filter, remove and restore reviews", async () => {
        const a = (await write(minkyu, items.minkyuFashion, { rating: "5" })).data.data
        const b = (await write(isu, items.isuFashion, { rating: "2" })).data.data

        const listed = await api.get(`/admin/reviews?product_id=${fashionProduct.id}`, { headers: adminHeaders })
        expect(listed.data.count).toEqual(2)
        expect((await api.get(`/admin/reviews?rating=2`, { headers: adminHeaders })).data.reviews.map((r: Json) => r.id)).toEqual([b.reviewId])
        expect((await api.get(`/admin/reviews`, noThrow)).status).toEqual(401)
        expect((await api.get(`/admin/reviews`, bearer(minkyu.token))).status).toEqual(401)

        const removed = await api.post(`/admin/reviews/${a.reviewId}/remove`, { reason: "허위 리뷰" }, { headers: adminHeaders })
        expect(removed.data.review).toMatchObject({ id: a.reviewId, status: "removed", status_reason: "허위 리뷰" })
        expect((await api.get(`/admin/reviews?status=removed`, { headers: adminHeaders })).data.reviews.map((r: Json) => r.id)).toEqual([a.reviewId])
        let page = await productPage(`itemId=${fashionProduct.id}`)
        expect(page.data.summary).toMatchObject({ count: 1, average: 2 })

        const restored = await api.post(`/admin/reviews/${a.reviewId}/restore`, {}, { headers: adminHeaders })
        expect(restored.data.review).toMatchObject({ status: "published", status_reason: null })
        page = await productPage(`itemId=${fashionProduct.id}`)
        expect(page.data.summary).toMatchObject({ count: 2, average: 3.5 })
        expect((await api.post(`/admin/reviews/${a.reviewId}/restore`, {}, { headers: adminHeaders, ...noThrow })).status).toEqual(400)

        // an operator also restores what a seller hid
        await api.post(`/api/v1/seller/reviews/${b.reviewId}/hide`, { reason: "부적절" }, bearer(fashionSeller))
        await api.post(`/admin/reviews/${b.reviewId}/restore`, {}, { headers: adminHeaders })
        expect((await productPage(`itemId=${fashionProduct.id}`)).data.summary.count).toEqual(2)
      })
    })
  },
})
