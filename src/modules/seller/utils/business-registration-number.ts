const WEIGHTS = [1, 3, 7, 1, 3, 7, 1, 3, 5]

/** Digits only: "220-81-62517" → "2208162517". */
export function normalizeBusinessRegistrationNumber(value: string): string {
  return value.replace(/[\s-]/g, "")
}

/**
 * 사업자등록번호 check: ten digits, the last one a check digit over the first nine with weights
 * 1,3,7,1,3,7,1,3,5, plus the tens digit of (ninth digit × 5), as the National Tax Service
 * defines it.
 */
export function isValidBusinessRegistrationNumber(value: string): boolean {
  const digits = normalizeBusinessRegistrationNumber(value)
  if (!/^\d{10}$/.test(digits)) {
    return false
  }
  const d = [...digits].map(Number)
  let sum = WEIGHTS.reduce((total, weight, index) => total + d[index] * weight, 0)
  sum += Math.floor((d[8] * 5) / 10)
  return (10 - (sum % 10)) % 10 === d[9]
}
