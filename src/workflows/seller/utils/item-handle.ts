import { randomBytes } from "node:crypto"

/**
 * Seller items' URL handles: lowercase ASCII words joined by hyphens, like the seeded products'
 * (`galaxy-s25-ultra`). Storefronts (Medusa's dtc-starter among them) address product pages by
 * handle and choke on Korean ones, so a Korean title is romanized (국어의 로마자 표기법, letter
 * by letter, without the sound-change rules) and a random suffix keeps the handle unique.
 */
export const ASCII_HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const INITIALS = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
const MEDIALS = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"]
const FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]
const HANGUL_FIRST = 0xac00
const HANGUL_LAST = 0xd7a3
const MAX_SLUG_LENGTH = 60

/** Hangul syllables to Revised Romanization; every other character is kept. */
export function romanize(text: string): string {
  let out = ""
  for (const char of text) {
    const code = char.codePointAt(0)!
    if (code < HANGUL_FIRST || code > HANGUL_LAST) {
      out += char
      continue
    }
    const index = code - HANGUL_FIRST
    out += INITIALS[Math.floor(index / 588)] + MEDIALS[Math.floor((index % 588) / 28)] + FINALS[index % 28]
  }
  return out
}

/** The ASCII words of a title (romanized, accents dropped), at most 60 characters. */
export function handleSlug(title: string): string {
  const words = romanize(title)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  let slug = ""
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word
    if (next.length > MAX_SLUG_LENGTH) {
      break
    }
    slug = next
  }
  return slug || words[0]?.slice(0, MAX_SLUG_LENGTH) || ""
}

/** A fresh handle for an item titled `title`: `<slug>-<6 random chars>` (`item-…` when nothing is left). */
export function newItemHandle(title: string): string {
  const suffix = randomBytes(6).readUIntBE(0, 6).toString(36).padStart(6, "0").slice(-6)
  return `${handleSlug(title) || "item"}-${suffix}`
}

export function isAsciiHandle(handle: string): boolean {
  return ASCII_HANDLE.test(handle)
}
