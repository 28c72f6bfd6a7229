const HANGUL = /[\u3131-\u318e\uac00-\ud7a3]/u

/**
 * The name shown for a customer. Gopang's join form keeps the whole name in `first_name`
 * (김민규); a customer made through Medusa's store API may split it (first_name 민규,
 * last_name 김). Korean names are written family name first with no space, others
 * "first last".
 */
export function displayName(firstName?: string | null, lastName?: string | null): string {
  const first = (firstName ?? "").trim()
  const last = (lastName ?? "").trim()
  if (!first || !last) {
    return first || last
  }
  return HANGUL.test(first + last) ? `${last}${first}` : `${first} ${last}`
}

/**
 * Masks a reviewer's name for shoppers: 김민규 → 김*규, 이수 → 이*, 남궁민수 → 남**수: the
 * first and last letters stay (two letters: only the first), every other letter becomes `*`.
 * Letters are code points, so Hangul syllables count as one each; spaces are kept.
 */
export function maskName(name: string | null | undefined, fallback = "구매자"): string {
  const letters = Array.from((name ?? "").trim())
  if (!letters.length) {
    return fallback
  }
  if (letters.length === 1) {
    return "*"
  }
  if (letters.length === 2) {
    return `${letters[0]}*`
  }
  const middle = letters.slice(1, -1).map((letter) => (letter === " " ? " " : "*"))
  return [letters[0], ...middle, letters[letters.length - 1]].join("")
}
