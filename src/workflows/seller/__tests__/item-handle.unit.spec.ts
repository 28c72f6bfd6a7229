import { handleSlug, isAsciiHandle, newItemHandle, romanize } from "../utils/item-handle"

describe("seller item handles", () => {
  it("romanizes Hangul syllable by syllable (Revised Romanization, no sound-change rules)", () => {
    expect(romanize("첫판매 원피스")).toEqual("cheotpanmae wonpiseu")
    expect(romanize("고팡 베이직 티셔츠")).toEqual("gopang beijik tisyeocheu")
    expect(romanize("닭갈비 1kg")).toEqual("dakgalbi 1kg")
  })

  it("keeps ASCII words, drops accents and symbols, and stops at 60 characters on a word boundary", () => {
    expect(handleSlug("Café ☕ 라떼 — Large!")).toEqual("cafe-ratte-large")
    expect(handleSlug("갤럭시 S25 Ultra (256GB)")).toEqual("gaelreoksi-s25-ultra-256gb")
    const long = handleSlug("아주 ".repeat(40))
    expect(long.length).toBeLessThanOrEqual(60)
    expect(long).toMatch(/^(aju-)*aju$/)
  })

  it("makes URL-safe ASCII handles with a random suffix, `item-…` when the title has no letters", () => {
    const first = newItemHandle("첫판매 원피스")
    expect(first).toMatch(/^cheotpanmae-wonpiseu-[a-z0-9]{6}$/)
    expect(newItemHandle("첫판매 원피스")).not.toEqual(first)
    expect(newItemHandle("!!! ★")).toMatch(/^item-[a-z0-9]{6}$/)
    for (const handle of [first, newItemHandle("Ünïcödé ÆØÅ 日本語")]) {
      expect(isAsciiHandle(handle)).toBe(true)
    }
    expect(isAsciiHandle("첫판매-원피스")).toBe(false)
    expect(isAsciiHandle("-a")).toBe(false)
    expect(isAsciiHandle("A-b")).toBe(false)
  })
})
