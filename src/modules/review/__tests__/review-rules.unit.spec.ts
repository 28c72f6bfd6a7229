import { sniffImageType } from "../utils/image-type"
import { displayName, maskName } from "../utils/mask-name"
import { summaryDelta } from "../utils/summary-delta"
import { ReviewStatus } from "../types"

describe("maskName", () => {
  it.each([
    ["김민규", "김*규"],
    ["이수", "이*"],
    ["남궁민수", "남**수"],
    ["제갈공명선", "제***선"],
    ["김", "*"],
    ["John Smith", "J*** ****h"],
    ["", "구매자"],
  ])("%s → %s", (name, masked) => {
    expect(maskName(name)).toEqual(masked)
  })

  it("puts a Korean family name first and a Latin one last", () => {
    expect(displayName("민규", "김")).toEqual("김민규")
    expect(displayName("김민규", null)).toEqual("김민규")
    expect(displayName("John", "Smith")).toEqual("John Smith")
    expect(displayName(null, null)).toEqual("")
  })
})

describe("summaryDelta", () => {
  const published = (rating: number, has_photos = false) => ({ status: ReviewStatus.PUBLISHED, rating, has_photos })

  it("counts a new published review with its star and photo", () => {
    expect(summaryDelta(null, published(4, true))).toMatchObject({ review_count: 1, rating_sum: 4, star_4: 1, photo_star_4: 1 })
  })

  it("moves a star on edit and nothing else", () => {
    const delta = summaryDelta(published(5), published(2))
    expect(delta).toMatchObject({ review_count: 0, rating_sum: -3, star_5: -1, star_2: 1, photo_star_5: 0 })
  })

  it("counts only published reviews", () => {
    const hidden = { status: ReviewStatus.HIDDEN, rating: 3, has_photos: true }
    expect(summaryDelta(published(3, true), hidden)).toMatchObject({ review_count: -1, rating_sum: -3, star_3: -1, photo_star_3: -1 })
    expect(Object.values(summaryDelta(hidden, { ...hidden, status: ReviewStatus.REMOVED })).every((v) => v === 0)).toBe(true)
    expect(summaryDelta(published(1), null)).toMatchObject({ review_count: -1, star_1: -1 })
  })
})

describe("sniffImageType", () => {
  it("tells JPEG, PNG and WebP by their bytes and refuses anything else", () => {
    expect(sniffImageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0]))?.mime).toEqual("image/jpeg")
    expect(sniffImageType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))?.mime).toEqual("image/png")
    expect(sniffImageType(Buffer.from("RIFF\0\0\0\0WEBPVP8 ", "latin1"))?.mime).toEqual("image/webp")
    expect(sniffImageType(Buffer.from("GIF89a..."))).toBeNull()
    expect(sniffImageType(Buffer.from("hello, this is text"))).toBeNull()
    expect(sniffImageType(Buffer.alloc(0))).toBeNull()
  })
})
