/**
 * 제주·도서산간 (Jeju and remote islands): Korean couriers charge extra to these 5-digit postal
 * codes. Jeju is one range; the islands are the ranges Korean marketplaces commonly publish
 * (Ulleung, Ongjin islands, Sinan, Wando, Jindo and Tongyeong islands). A seller's
 * `jeju_mountain_extra_cost` is added once per seller order shipped to one of them.
 */
const ISLAND_RANGES: [number, number][] = [
  [63000, 63644], // 제주특별자치도
  [40200, 40240], // 경북 울릉군
  [23004, 23010], // 인천 옹진군 (연평·백령·대청)
  [23100, 23136], // 인천 옹진군 (북도·덕적·자월·영흥)
  [58800, 58866], // 전남 신안군
  [59102, 59166], // 전남 완도군 도서
  [58953, 58958], // 전남 진도군 도서
  [53031, 53104], // 경남 통영시 도서
  [54000, 54000], // 전북 군산시 옥도면
]

export function isIslandPostalCode(zipCode: string): boolean {
  const code = Number(zipCode)
  return Number.isInteger(code) && ISLAND_RANGES.some(([from, to]) => code >= from && code <= to)
}
