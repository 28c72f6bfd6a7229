/**
 * Gopang demo catalog: category tree, sellers and products used by the seed script.
 *
 * All titles and descriptions are original demo text written for Gopang.
 * Prices are KRW (tax included) integers. Variants are generated as the full
 * cartesian product of each product's option values by `product()` below:
 * variant price = base price + the surcharge of each chosen option value.
 */

export type SeedCategory = {
  handle: string
  name: string
  children?: SeedCategory[]
}

export type SeedVariant = {
  options: Record<string, string>
  price: number
  stock: number
}

export const SEED_SELLER_KEYS = [
  "gopang-fashion",
  "nongbu-market",
  "digital-plaza",
  "living-house",
  "beauty-lab",
  "kids-toy",
] as const

export type SeedSellerKey = (typeof SEED_SELLER_KEYS)[number]

export type SeedProduct = {
  handle: string
  title: string
  subtitle?: string
  description: string
  category: string
  seller: SeedSellerKey
  options: { title: string; values: string[] }[]
  variants: SeedVariant[]
  weight?: number
  material?: string
  origin_country?: string
  tax_free?: boolean
}

// ---------------------------------------------------------------------------
// Category tree (top › middle › leaf, one branch goes 4 levels deep)
// ---------------------------------------------------------------------------

export const SEED_CATEGORIES: SeedCategory[] = [
  {
    handle: "fashion",
    name: "패션의류/잡화",
    children: [
      {
        handle: "fashion-women",
        name: "여성패션",
        children: [
          { handle: "fashion-women-dress", name: "원피스" },
          { handle: "fashion-women-blouse", name: "블라우스" },
          { handle: "fashion-women-knit", name: "니트" },
        ],
      },
      {
        handle: "fashion-men",
        name: "남성패션",
        children: [
          { handle: "fashion-men-tshirt", name: "티셔츠" },
          { handle: "fashion-men-pants", name: "바지" },
          { handle: "fashion-men-shirt", name: "셔츠" },
        ],
      },
      {
        handle: "fashion-acc",
        name: "잡화",
        children: [
          { handle: "fashion-acc-bag", name: "가방" },
          { handle: "fashion-acc-cap", name: "모자" },
        ],
      },
    ],
  },
  {
    handle: "food",
    name: "식품",
    children: [
      {
        handle: "food-fresh",
        name: "신선식품",
        children: [
          { handle: "food-fresh-fruit", name: "과일" },
          { handle: "food-fresh-vegetable", name: "채소" },
          { handle: "food-fresh-meat-egg", name: "정육·계란" },
          { handle: "food-fresh-seafood", name: "수산물" },
        ],
      },
      {
        handle: "food-grain",
        name: "쌀·잡곡",
        children: [
          { handle: "food-grain-rice", name: "쌀" },
          { handle: "food-grain-mixed", name: "잡곡" },
        ],
      },
      {
        handle: "food-processed",
        name: "가공식품",
        children: [
          { handle: "food-processed-noodle", name: "라면·면류" },
          { handle: "food-processed-coffee-tea", name: "커피·차" },
          { handle: "food-processed-snack", name: "과자·견과" },
        ],
      },
    ],
  },
  {
    handle: "digital",
    name: "가전디지털",
    children: [
      {
        handle: "digital-computer",
        name: "컴퓨터",
        children: [
          { handle: "digital-computer-laptop", name: "노트북" },
          { handle: "digital-computer-monitor", name: "모니터" },
          { handle: "digital-computer-peripheral", name: "키보드·마우스" },
        ],
      },
      {
        handle: "digital-mobile",
        name: "모바일",
        children: [
          {
            handle: "digital-mobile-accessory",
            name: "스마트폰 액세서리",
            children: [
              { handle: "digital-mobile-accessory-case", name: "케이스" },
              { handle: "digital-mobile-accessory-charger", name: "충전기·케이블" },
            ],
          },
          { handle: "digital-mobile-earphone", name: "이어폰" },
        ],
      },
      {
        handle: "digital-appliance",
        name: "생활가전",
        children: [
          { handle: "digital-appliance-kitchen", name: "주방가전" },
          { handle: "digital-appliance-seasonal", name: "계절가전" },
        ],
      },
    ],
  },
  {
    handle: "living",
    name: "생활용품",
    children: [
      {
        handle: "living-kitchen",
        name: "주방용품",
        children: [
          { handle: "living-kitchen-cookware", name: "냄비·프라이팬" },
          { handle: "living-kitchen-storage", name: "밀폐용기" },
        ],
      },
      {
        handle: "living-bath",
        name: "욕실용품",
        children: [{ handle: "living-bath-towel", name: "수건" }],
      },
      {
        handle: "living-laundry",
        name: "세탁·청소",
        children: [{ handle: "living-laundry-detergent", name: "세탁세제" }],
      },
    ],
  },
  {
    handle: "home",
    name: "홈인테리어",
    children: [
      {
        handle: "home-furniture",
        name: "가구",
        children: [
          { handle: "home-furniture-chair", name: "의자" },
          { handle: "home-furniture-shelf", name: "수납·선반" },
        ],
      },
      {
        handle: "home-bedding",
        name: "침구",
        children: [
          { handle: "home-bedding-comforter", name: "이불" },
          { handle: "home-bedding-pillow", name: "베개" },
        ],
      },
    ],
  },
  {
    handle: "beauty",
    name: "뷰티",
    children: [
      {
        handle: "beauty-skincare",
        name: "스킨케어",
        children: [
          { handle: "beauty-skincare-toner", name: "스킨·토너" },
          { handle: "beauty-skincare-cream", name: "크림" },
          { handle: "beauty-skincare-sunscreen", name: "선크림" },
        ],
      },
      {
        handle: "beauty-makeup",
        name: "메이크업",
        children: [
          { handle: "beauty-makeup-base", name: "쿠션·파운데이션" },
          { handle: "beauty-makeup-lip", name: "립메이크업" },
        ],
      },
      {
        handle: "beauty-hair",
        name: "헤어케어",
        children: [{ handle: "beauty-hair-shampoo", name: "샴푸" }],
      },
    ],
  },
  {
    handle: "kids",
    name: "출산/유아동",
    children: [
      {
        handle: "kids-toy",
        name: "완구",
        children: [
          { handle: "kids-toy-block", name: "블록" },
          { handle: "kids-toy-doll", name: "인형" },
          { handle: "kids-toy-roleplay", name: "역할놀이" },
        ],
      },
      {
        handle: "kids-baby",
        name: "기저귀·물티슈",
        children: [
          { handle: "kids-baby-diaper", name: "기저귀" },
          { handle: "kids-baby-wipes", name: "물티슈" },
        ],
      },
      {
        handle: "kids-clothing",
        name: "유아동의류",
        children: [{ handle: "kids-clothing-innerwear", name: "내의·잠옷" }],
      },
    ],
  },
]

// ---------------------------------------------------------------------------
// Variant generation helpers (not exported)
// ---------------------------------------------------------------------------

type SeedOption = SeedProduct["options"][number]

type ProductInput = Omit<SeedProduct, "variants"> & {
  /** price of the cheapest combination, KRW */
  price: number
  /** option value -> surcharge in KRW added on top of `price` */
  add?: Record<string, number>
  /** indexes (in cartesian order) of variants that are sold out */
  soldOut?: number[]
}

const STOCK_PATTERN: readonly number[] = [120, 85, 46, 150, 64, 200, 32, 98, 140, 57, 180, 73]

function cartesian(options: SeedOption[]): Record<string, string>[] {
  let combos: Record<string, string>[] = [{}]
  for (const option of options) {
    const next: Record<string, string>[] = []
    for (const combo of combos) {
      for (const value of option.values) {
        next.push({ ...combo, [option.title]: value })
      }
    }
    combos = next
  }
  return combos
}

function product(input: ProductInput): SeedProduct {
  const { price, add = {}, soldOut = [], ...rest } = input
  const offset = rest.handle.length
  const variants: SeedVariant[] = cartesian(rest.options).map((combo, index) => ({
    options: combo,
    price: Object.values(combo).reduce((sum, value) => sum + (add[value] ?? 0), price),
    stock: soldOut.includes(index)
      ? 0
      : STOCK_PATTERN[(index + offset) % STOCK_PATTERN.length] ?? 100,
  }))
  return { ...rest, variants }
}

// ---------------------------------------------------------------------------
// Products
// ---------------------------------------------------------------------------

export const SEED_PRODUCTS: SeedProduct[] = [
  // ----- gopang-fashion: 여성패션 -----------------------------------------
  product({
    handle: "summer-linen-dress",
    title: "여름 린넨 원피스",
    subtitle: "시원한 린넨 혼방 롱 기장",
    description:
      "통기성이 좋은 린넨 혼방 원단으로 한여름에도 산뜻하게 입을 수 있는 원피스입니다. 허리 스트링으로 실루엣을 자유롭게 조절할 수 있습니다. 발목 위로 떨어지는 기장이라 플랫슈즈와도 잘 어울립니다.",
    category: "fashion-women-dress",
    seller: "gopang-fashion",
    options: [
      { title: "사이즈", values: ["S", "M", "L"] },
      { title: "색상", values: ["베이지", "블랙"] },
    ],
    price: 49900,
    weight: 380,
    material: "린넨 55%, 레이온 45%",
    origin_country: "kr",
  }),
  product({
    handle: "flower-chiffon-long-dress",
    title: "플라워 쉬폰 롱원피스",
    subtitle: "안감 포함 비침 걱정 없는 쉬폰",
    description:
      "잔잔한 플라워 패턴이 들어간 쉬폰 롱원피스로 하객룩이나 여행룩으로 추천합니다. 안감이 있어 비침 걱정이 적고 허리 뒷부분 밴딩으로 편안합니다. 가볍게 흩날리는 소재라 봄부터 초가을까지 활용하기 좋습니다.",
    category: "fashion-women-dress",
    seller: "gopang-fashion",
    options: [
      { title: "사이즈", values: ["S", "M", "L", "XL"] },
      { title: "색상", values: ["아이보리", "블루"] },
    ],
    price: 59900,
    add: { XL: 3000 },
    soldOut: [6],
    weight: 320,
    material: "폴리에스터 100%",
    origin_country: "cn",
  }),
  product({
    handle: "square-neck-puff-mini-dress",
    title: "스퀘어넥 퍼프소매 미니 원피스",
    description:
      "스퀘어넥과 볼륨감 있는 퍼프 소매로 러블리한 분위기를 더한 미니 원피스입니다. 코튼 혼방 원단이라 구김이 적고 세탁이 간편합니다. 단독으로 입거나 가디건과 레이어드하기 좋습니다.",
    category: "fashion-women-dress",
    seller: "gopang-fashion",
    options: [
      { title: "사이즈", values: ["S", "M", "L"] },
      { title: "색상", values: ["화이트", "핑크"] },
    ],
    price: 42900,
    weight: 290,
    material: "면 65%, 폴리에스터 35%",
    origin_country: "kr",
  }),
  product({
    handle: "ribbed-knit-long-dress",
    title: "골지 니트 롱원피스 프리사이즈",
    description:
      "몸에 자연스럽게 감기는 골지 니트 롱원피스로 가을 겨울 데일리룩에 잘 어울립니다. 신축성이 좋아 프리사이즈로 55부터 66까지 편하게 착용할 수 있습니다. 코트나 숏패딩 안에 이너로 입기에도 좋습니다.",
    category: "fashion-women-dress",
    seller: "gopang-fashion",
    options: [{ title: "색상", values: ["블랙", "그레이", "베이지", "브라운"] }],
    price: 45900,
    soldOut: [3],
    weight: 450,
    material: "아크릴 70%, 나일론 25%, 스판덱스 5%",
    origin_country: "cn",
  }),
  product({
    handle: "women-stripe-shirring-blouse",
    title: "여성 스트라이프 셔링 블라우스",
    description:
      "은은한 스트라이프 패턴에 어깨 셔링 디테일을 더한 블라우스입니다. 출근룩과 주말 나들이 모두에 어울리는 깔끔한 디자인입니다. 슬랙스나 데님 스커트와 매치해 보세요.",
    category: "fashion-women-blouse",
    seller: "gopang-fashion",
    options: [
      { title: "사이즈", values: ["S", "M", "L"] },
      { title: "색상", values: ["화이트", "스카이블루"] },
    ],
    price: 32900,
    weight: 210,
    material: "면 100%",
    origin_country: "vn",
  }),
  product({
    handle: "women-cashmere-blend-round-knit",
    title: "여성 캐시미어 혼방 라운드 니트",
    description:
      "캐시미어를 혼방해 부드럽고 따뜻한 라운드넥 니트입니다. 기본 핏이라 어떤 하의와도 무난하게 어울립니다. 보풀을 줄이기 위해 울 전용 세제로 손세탁하는 것을 권장합니다.",
    category: "fashion-women-knit",
    seller: "gopang-fashion",
    options: [
      { title: "사이즈", values: ["M", "L"] },
      { title: "색상", values: ["아이보리", "그레이", "네이비"] },
    ],
    price: 69900,
    add: { L: 2000 },
    weight: 360,
    material: "울 70%, 캐시미어 10%, 나일론 20%",
    origin_country: "cn",
  }),

  // ----- gopang-fashion: 남성패션 / 잡화 ------------------------------------
  product({
    handle: "men-overfit-cotton-short-sleeve-tee",
    title: "남성 오버핏 코튼 반팔 티셔츠",
    subtitle: "20수 싱글 코튼, 넥 늘어짐 방지",
    description:
      "도톰한 20수 코튼 원단으로 제작한 오버핏 반팔 티셔츠입니다. 넥 라인에 립 조직을 덧대어 세탁 후에도 목이 잘 늘어나지 않습니다. 단독으로 입어도 비침이 적어 여름 데일리 아이템으로 좋습니다.",
    category: "fashion-men-tshirt",
    seller: "gopang-fashion",
    options: [
      { title: "사이즈", values: ["95", "100", "105", "110"] },
      { title: "색상", values: ["블랙", "화이트"] },
    ],
    price: 19900,
    add: { "110": 2000 },
    weight: 230,
    material: "면 100%",
    origin_country: "kr",
  }),
  product({
    handle: "men-cooling-round-tee-3pack",
    title: "남성 기능성 쿨링 라운드 티셔츠 3팩",
    description:
      "땀을 빠르게 흡수하고 건조하는 기능성 원단의 라운드 티셔츠 3장 구성입니다. 운동이나 등산은 물론 출근 시 이너로 입기에도 좋습니다. 같은 색상 3장이 한 세트로 발송됩니다.",
    category: "fashion-men-tshirt",
    seller: "gopang-fashion",
    options: [
      { title: "사이즈", values: ["M", "L", "XL"] },
      { title: "색상", values: ["블랙", "네이비"] },
    ],
    price: 29900,
    add: { XL: 2000 },
    weight: 420,
    material: "폴리에스터 90%, 스판덱스 10%",
    origin_country: "vn",
  }),
  product({
    handle: "men-stretch-slim-slacks",
    title: "남성 스판 슬림핏 슬랙스",
    description:
      "적당한 스판이 들어가 활동성이 좋은 슬림핏 슬랙스입니다. 허리 안쪽에 밴딩을 넣어 장시간 앉아 있어도 편안합니다. 구김이 적은 원단이라 출장이나 여행에도 부담 없이 챙길 수 있습니다.",
    category: "fashion-men-pants",
    seller: "gopang-fashion",
    options: [
      { title: "사이즈", values: ["28", "30", "32", "34"] },
      { title: "색상", values: ["블랙", "차콜"] },
    ],
    price: 39900,
    add: { "34": 2000 },
    soldOut: [1],
    weight: 480,
    material: "폴리에스터 80%, 레이온 16%, 스판덱스 4%",
    origin_country: "kr",
  }),
  product({
    handle: "men-wide-cargo-jogger-pants",
    title: "남성 와이드 카고 조거팬츠",
    description:
      "넉넉한 와이드 핏에 양옆 카고 포켓을 더한 조거팬츠입니다. 밑단 스트링으로 와이드와 조거 스타일을 모두 연출할 수 있습니다. 캠핑이나 가벼운 야외 활동에 잘 어울립니다.",
    category: "fashion-men-pants",
    seller: "gopang-fashion",
    options: [
      { title: "사이즈", values: ["M", "L", "XL"] },
      { title: "색상", values: ["카키", "블랙"] },
    ],
    price: 36900,
    weight: 520,
    material: "면 97%, 스판덱스 3%",
    origin_country: "cn",
  }),
  product({
    handle: "men-oxford-long-sleeve-shirt",
    title: "남성 옥스포드 긴팔 셔츠",
    description:
      "탄탄한 옥스포드 원단으로 만든 베이직 긴팔 셔츠입니다. 버튼다운 칼라로 타이 없이 입어도 단정한 인상을 줍니다. 세미 오버핏이라 셔츠 한 장으로도, 니트 안 레이어드로도 활용하기 좋습니다.",
    category: "fashion-men-shirt",
    seller: "gopang-fashion",
    options: [
      { title: "사이즈", values: ["95", "100", "105", "110"] },
      { title: "색상", values: ["화이트", "스카이블루"] },
    ],
    price: 34900,
    add: { "110": 2000 },
    weight: 300,
    material: "면 100%",
    origin_country: "vn",
  }),
  product({
    handle: "daily-canvas-shoulder-bag",
    title: "데일리 캔버스 숄더백",
    description:
      "노트북과 텀블러가 함께 들어가는 넉넉한 사이즈의 캔버스 숄더백입니다. 내부에 지퍼 포켓이 있어 작은 소지품을 정리하기 편합니다. 가볍고 튼튼해 등교나 출근용으로 추천합니다.",
    category: "fashion-acc-bag",
    seller: "gopang-fashion",
    options: [{ title: "색상", values: ["아이보리", "블랙", "카키"] }],
    price: 27900,
    weight: 410,
    material: "면 캔버스 100%",
    origin_country: "kr",
  }),
  product({
    handle: "unisex-washed-ball-cap",
    title: "남녀공용 워싱 볼캡",
    description:
      "빈티지한 워싱 가공으로 자연스러운 멋을 살린 볼캡입니다. 뒷면 스트랩으로 머리둘레를 쉽게 조절할 수 있습니다. 깊이감이 있어 얼굴이 작아 보이는 효과가 있습니다.",
    category: "fashion-acc-cap",
    seller: "gopang-fashion",
    options: [{ title: "색상", values: ["블랙", "베이지", "네이비", "그레이"] }],
    price: 15900,
    weight: 90,
    material: "면 100%",
    origin_country: "cn",
  }),

  // ----- nongbu-market: 신선식품 (면세) --------------------------------------
  product({
    handle: "jeju-tangerine-royal",
    title: "국내산 제주 감귤 로얄과",
    subtitle: "새콤달콤 당도 선별, 산지 직송",
    description:
      "제주 서귀포 농가에서 수확 당일 선별해 보내드리는 로얄과 감귤입니다. 껍질이 얇고 과즙이 풍부해 아이들 간식으로도 좋습니다. 받으신 후 서늘한 곳에 보관하시면 더 오래 드실 수 있습니다.",
    category: "food-fresh-fruit",
    seller: "nongbu-market",
    options: [{ title: "중량", values: ["2kg", "5kg", "10kg"] }],
    price: 14900,
    add: { "5kg": 12000, "10kg": 33000 },
    origin_country: "kr",
    tax_free: true,
  }),
  product({
    handle: "cheongsong-fuji-apple",
    title: "경북 청송 꿀사과 부사",
    description:
      "일교차가 큰 청송에서 자라 아삭하고 과육 속 꿀이 가득한 부사 사과입니다. 크기와 모양을 고르게 선별해 선물용으로도 손색이 없습니다. 냉장 보관 시 아삭한 식감이 오래 유지됩니다.",
    category: "food-fresh-fruit",
    seller: "nongbu-market",
    options: [{ title: "중량", values: ["2kg", "3kg", "5kg"] }],
    price: 19900,
    add: { "3kg": 8000, "5kg": 21000 },
    soldOut: [2],
    origin_country: "kr",
    tax_free: true,
  }),
  product({
    handle: "shine-muscat-grape",
    title: "고당도 샤인머스캣 포도",
    description:
      "평균 당도 18브릭스 이상으로 선별한 샤인머스캣입니다. 씨가 없고 껍질째 먹을 수 있어 간편하게 즐기기 좋습니다. 송이째 비닐에 넣어 냉장 보관해 주세요.",
    category: "food-fresh-fruit",
    seller: "nongbu-market",
    options: [{ title: "중량", values: ["1kg", "2kg"] }],
    price: 24900,
    add: { "2kg": 20000 },
    origin_country: "kr",
    tax_free: true,
  }),
  product({
    handle: "eco-friendly-onion",
    title: "무농약 친환경 햇양파",
    description:
      "무농약 인증을 받은 밭에서 재배한 햇양파입니다. 매운맛이 덜하고 단맛이 좋아 생으로 먹거나 볶음 요리에 두루 어울립니다. 통풍이 잘 되는 그늘에 두고 보관하세요.",
    category: "food-fresh-vegetable",
    seller: "nongbu-market",
    options: [{ title: "중량", values: ["1kg", "3kg", "5kg"] }],
    price: 5900,
    add: { "3kg": 5000, "5kg": 9000 },
    origin_country: "kr",
    tax_free: true,
  }),
  product({
    handle: "haenam-honey-sweet-potato",
    title: "해남 황토 꿀고구마",
    description:
      "해남 황토밭에서 자란 호박고구마로 구우면 속이 노랗고 꿀처럼 달콤합니다. 크기를 중소 사이즈로 맞춰 에어프라이어에 굽기 좋습니다. 냉장고보다는 실온의 서늘한 곳에 보관해 주세요.",
    category: "food-fresh-vegetable",
    seller: "nongbu-market",
    options: [{ title: "중량", values: ["2kg", "3kg", "5kg"] }],
    price: 12900,
    add: { "3kg": 5000, "5kg": 12000 },
    origin_country: "kr",
    tax_free: true,
  }),
  product({
    handle: "organic-cherry-tomato",
    title: "유기농 대추방울토마토",
    description:
      "유기농 인증 농가에서 완숙에 가깝게 키운 대추방울토마토입니다. 과육이 단단하고 당도가 높아 샐러드나 도시락 반찬으로 좋습니다. 꼭지를 떼지 않고 보관하면 더 신선하게 드실 수 있습니다.",
    category: "food-fresh-vegetable",
    seller: "nongbu-market",
    options: [{ title: "중량", values: ["500g", "1kg", "2kg"] }],
    price: 7900,
    add: { "1kg": 5000, "2kg": 14000 },
    origin_country: "kr",
    tax_free: true,
  }),
  product({
    handle: "antibiotic-free-large-eggs",
    title: "무항생제 특란 신선 계란",
    description:
      "무항생제 인증 농장에서 산란 후 바로 세척해 보내드리는 특란입니다. 노른자가 탱글하고 비린 맛이 적습니다. 받으신 즉시 냉장 보관해 주세요.",
    category: "food-fresh-meat-egg",
    seller: "nongbu-market",
    options: [{ title: "수량", values: ["30구", "60구"] }],
    price: 9900,
    add: { "60구": 9000 },
    origin_country: "kr",
    tax_free: true,
  }),
  product({
    handle: "korean-pork-belly-grill",
    title: "국내산 한돈 삼겹살 구이용",
    description:
      "국내산 한돈 암퇘지 삼겹살을 1.5cm 두께로 썰어 구이용으로 준비했습니다. 지방과 살코기의 비율이 좋아 고소하고 부드럽습니다. 냉장 상태로 아이스박스에 포장해 발송합니다.",
    category: "food-fresh-meat-egg",
    seller: "nongbu-market",
    options: [{ title: "중량", values: ["500g", "1kg", "2kg"] }],
    price: 14900,
    add: { "1kg": 13000, "2kg": 39000 },
    origin_country: "kr",
    tax_free: true,
  }),
  product({
    handle: "hanwoo-sirloin-grill",
    title: "1++ 한우 등심 구이용",
    description:
      "마블링이 고르게 분포된 1++ 등급 한우 등심을 구이용 두께로 손질했습니다. 특별한 날 가족 식사나 명절 선물로 추천합니다. 진공 포장 후 냉장 배송됩니다.",
    category: "food-fresh-meat-egg",
    seller: "nongbu-market",
    options: [{ title: "중량", values: ["300g", "600g"] }],
    price: 45900,
    add: { "600g": 43000 },
    origin_country: "kr",
    tax_free: true,
  }),
  product({
    handle: "jeju-silver-hairtail",
    title: "제주 생물 은갈치 손질",
    description:
      "제주 근해에서 잡은 생물 은갈치를 토막 내어 손질했습니다. 살이 두툼하고 비늘이 반짝여 구이나 조림에 모두 잘 어울립니다. 받으신 후 바로 드시지 않을 분량은 냉동 보관해 주세요.",
    category: "food-fresh-seafood",
    seller: "nongbu-market",
    options: [{ title: "수량", values: ["2마리", "4마리"] }],
    price: 32900,
    add: { "4마리": 29000 },
    origin_country: "kr",
    tax_free: true,
  }),
  product({
    handle: "gyeonggi-new-crop-white-rice",
    title: "경기미 추청 햅쌀 백미",
    description:
      "경기도 평야에서 수확한 추청벼를 당일 도정해 보내드립니다. 밥을 지으면 윤기가 흐르고 찰기가 좋습니다. 개봉 후에는 밀폐용기에 담아 서늘한 곳에 보관하세요.",
    category: "food-grain-rice",
    seller: "nongbu-market",
    options: [{ title: "중량", values: ["4kg", "10kg", "20kg"] }],
    price: 16900,
    add: { "10kg": 17000, "20kg": 51000 },
    origin_country: "kr",
    tax_free: true,
  }),
  product({
    handle: "korean-mixed-12-grains",
    title: "국산 혼합 12곡 잡곡",
    description:
      "찰현미, 귀리, 보리, 서리태 등 국산 곡물 12가지를 고르게 섞었습니다. 백미에 한 줌만 넣어도 고소하고 식감 좋은 잡곡밥이 됩니다. 지퍼백 포장이라 보관이 간편합니다.",
    category: "food-grain-mixed",
    seller: "nongbu-market",
    options: [{ title: "중량", values: ["1kg", "2kg", "4kg"] }],
    price: 9900,
    add: { "2kg": 8000, "4kg": 23000 },
    origin_country: "kr",
    tax_free: true,
  }),

  // ----- nongbu-market: 가공식품 --------------------------------------------
  product({
    handle: "spicy-beef-ramen-multipack",
    title: "얼큰 소고기 라면 멀티팩",
    description:
      "사골과 소고기 육수로 깊고 얼큰한 국물 맛을 낸 봉지라면입니다. 쫄깃한 면발이 국물과 잘 어우러집니다. 야식이나 캠핑 때 간편하게 즐겨 보세요.",
    category: "food-processed-noodle",
    seller: "nongbu-market",
    options: [{ title: "수량", values: ["5개입", "20개입", "40개입"] }],
    price: 4900,
    add: { "20개입": 12000, "40개입": 27000 },
    weight: 600,
    origin_country: "kr",
  }),
  product({
    handle: "fresh-kalguksu-noodle",
    title: "생면 바지락 칼국수 4인분",
    description:
      "반죽을 숙성시켜 쫄깃한 생면과 바지락 육수 소스를 함께 담았습니다. 끓는 물에 면과 소스만 넣으면 10분 안에 완성됩니다. 애호박이나 감자를 더하면 더욱 푸짐하게 즐길 수 있습니다.",
    category: "food-processed-noodle",
    seller: "nongbu-market",
    options: [{ title: "수량", values: ["1팩", "3팩"] }],
    price: 8900,
    add: { "3팩": 14000 },
    weight: 1000,
    origin_country: "kr",
  }),
  product({
    handle: "colombia-supremo-whole-bean",
    title: "콜롬비아 수프리모 원두커피",
    subtitle: "주문 후 로스팅, 미디엄 로스트",
    description:
      "주문이 들어오면 소량씩 로스팅해 발송하는 콜롬비아 수프리모 원두입니다. 견과류의 고소함과 은은한 단맛이 균형을 이룹니다. 원하시는 추출 도구에 맞춰 분쇄해 드립니다.",
    category: "food-processed-coffee-tea",
    seller: "nongbu-market",
    options: [
      { title: "분쇄", values: ["홀빈", "핸드드립", "에스프레소"] },
      { title: "중량", values: ["500g", "1kg"] },
    ],
    price: 16900,
    add: { "1kg": 13000 },
    origin_country: "co",
  }),
  product({
    handle: "jeju-organic-green-tea-bag",
    title: "제주 유기농 녹차 티백",
    description:
      "제주 유기농 다원에서 재배한 찻잎으로 만든 녹차 티백입니다. 떫은맛이 적고 향이 맑아 식후에 가볍게 마시기 좋습니다. 80도 정도의 물에 2분간 우려 드세요.",
    category: "food-processed-coffee-tea",
    seller: "nongbu-market",
    options: [{ title: "수량", values: ["25티백", "50티백", "100티백"] }],
    price: 6900,
    add: { "50티백": 5000, "100티백": 13000 },
    weight: 120,
    origin_country: "kr",
  }),
  product({
    handle: "daily-nuts-mix",
    title: "하루 한 줌 데일리 견과 믹스",
    description:
      "아몬드, 호두, 캐슈넛, 크랜베리를 하루 섭취량에 맞춰 소포장했습니다. 개별 포장이라 사무실이나 가방에 넣어 다니며 간식으로 먹기 좋습니다. 질소 충전으로 바삭함을 오래 유지합니다.",
    category: "food-processed-snack",
    seller: "nongbu-market",
    options: [{ title: "수량", values: ["30봉", "60봉"] }],
    price: 17900,
    add: { "60봉": 15000 },
    weight: 750,
    origin_country: "kr",
  }),

  // ----- digital-plaza ----------------------------------------------------
  product({
    handle: "office-laptop-15-6-16gb",
    title: "15.6인치 사무용 노트북 16GB",
    subtitle: "인텔 코어 i5 / FHD IPS / 윈도우 11 홈",
    description:
      "문서 작업과 화상회의에 충분한 성능을 갖춘 15.6인치 사무용 노트북입니다. 16GB 메모리로 여러 프로그램을 동시에 열어도 쾌적합니다. 숫자 키패드가 포함된 풀사이즈 키보드로 엑셀 작업이 편리합니다.",
    category: "digital-computer-laptop",
    seller: "digital-plaza",
    options: [
      { title: "용량", values: ["512GB", "1TB"] },
      { title: "색상", values: ["실버", "그레이"] },
    ],
    price: 789000,
    add: { "1TB": 90000 },
    soldOut: [3],
    weight: 1750,
    origin_country: "cn",
  }),
  product({
    handle: "ultralight-laptop-14",
    title: "14인치 초경량 노트북 1.1kg",
    description:
      "무게 1.1kg의 가벼운 알루미늄 바디로 들고 다니기 부담 없는 14인치 노트북입니다. 최대 15시간 사용 가능한 배터리와 USB-C 고속충전을 지원합니다. 대학생 과제용이나 출장용으로 추천합니다.",
    category: "digital-computer-laptop",
    seller: "digital-plaza",
    options: [{ title: "용량", values: ["256GB", "512GB", "1TB"] }],
    price: 899000,
    add: { "512GB": 70000, "1TB": 180000 },
    weight: 1100,
    material: "알루미늄",
    origin_country: "cn",
  }),
  product({
    handle: "gaming-monitor-27-qhd-165hz",
    title: "27인치 QHD IPS 165Hz 게이밍 모니터",
    description:
      "QHD 해상도와 165Hz 주사율로 부드러운 게임 화면을 보여주는 27인치 모니터입니다. IPS 패널로 어느 각도에서 봐도 색감이 선명합니다. 높낮이와 틸트 조절이 가능한 스탠드가 포함되어 있습니다.",
    category: "digital-computer-monitor",
    seller: "digital-plaza",
    options: [{ title: "색상", values: ["블랙", "화이트"] }],
    price: 329000,
    add: { 화이트: 10000 },
    weight: 6200,
    origin_country: "cn",
  }),
  product({
    handle: "uhd-monitor-32-usb-c",
    title: "32인치 4K UHD 모니터 USB-C 65W",
    description:
      "4K UHD 해상도의 32인치 대화면으로 영상 편집과 멀티태스킹에 적합합니다. USB-C 케이블 하나로 노트북 화면 출력과 65W 충전을 동시에 할 수 있습니다. 눈의 피로를 줄여주는 플리커 프리 기능을 지원합니다.",
    category: "digital-computer-monitor",
    seller: "digital-plaza",
    options: [{ title: "색상", values: ["블랙", "화이트"] }],
    price: 459000,
    add: { 화이트: 10000 },
    weight: 7800,
    origin_country: "cn",
  }),
  product({
    handle: "silent-wireless-keyboard-mouse-set",
    title: "저소음 무선 키보드 마우스 세트",
    description:
      "조용한 사무실이나 도서관에서도 부담 없이 쓸 수 있는 저소음 키보드와 마우스 세트입니다. USB 수신기 하나로 두 기기를 동시에 연결합니다. 절전 모드로 배터리를 오래 사용할 수 있습니다.",
    category: "digital-computer-peripheral",
    seller: "digital-plaza",
    options: [{ title: "색상", values: ["블랙", "화이트", "핑크"] }],
    price: 29900,
    weight: 680,
    origin_country: "cn",
  }),
  product({
    handle: "clear-jelly-bumper-phone-case",
    title: "투명 젤리 범퍼 스마트폰 케이스",
    description:
      "네 모서리에 에어쿠션을 넣어 낙하 충격을 줄여주는 투명 젤리 케이스입니다. 황변 방지 소재로 오래 사용해도 깨끗함을 유지합니다. 카메라 렌즈보다 높은 테두리로 렌즈 긁힘을 막아줍니다.",
    category: "digital-mobile-accessory-case",
    seller: "digital-plaza",
    options: [
      { title: "기종", values: ["갤럭시 S25", "아이폰 16"] },
      { title: "색상", values: ["클리어", "블랙"] },
    ],
    price: 9900,
    weight: 40,
    material: "TPU",
    origin_country: "cn",
  }),
  product({
    handle: "gan-65w-pd-charger-3port",
    title: "65W PD 고속충전기 GaN 3포트",
    description:
      "질화갈륨 소재로 크기는 줄이고 발열은 낮춘 65W 고속충전기입니다. USB-C 2개와 USB-A 1개 포트로 노트북, 태블릿, 스마트폰을 한 번에 충전할 수 있습니다. 접이식 플러그로 휴대가 편리합니다.",
    category: "digital-mobile-accessory-charger",
    seller: "digital-plaza",
    options: [{ title: "색상", values: ["화이트", "블랙"] }],
    price: 34900,
    weight: 120,
    origin_country: "cn",
  }),
  product({
    handle: "usb-c-to-c-100w-cable",
    title: "C to C 100W 고속충전 케이블",
    description:
      "최대 100W 전력 전송을 지원하는 USB-C 케이블로 노트북 충전까지 가능합니다. 나일론 패브릭 외피로 꼬임과 단선에 강합니다. 데이터 전송도 지원해 사진과 파일을 빠르게 옮길 수 있습니다.",
    category: "digital-mobile-accessory-charger",
    seller: "digital-plaza",
    options: [{ title: "길이", values: ["1m", "1.5m", "2m"] }],
    price: 8900,
    add: { "1.5m": 1000, "2m": 2000 },
    weight: 50,
    origin_country: "cn",
  }),
  product({
    handle: "anc-wireless-bluetooth-earbuds",
    title: "노이즈캔슬링 무선 블루투스 이어폰",
    subtitle: "블루투스 5.3 / 최대 30시간 재생",
    description:
      "주변 소음을 효과적으로 줄여주는 액티브 노이즈캔슬링 무선 이어폰입니다. 충전 케이스 포함 최대 30시간 재생이 가능합니다. 생활 방수를 지원해 운동 중에도 편하게 사용할 수 있습니다.",
    category: "digital-mobile-earphone",
    seller: "digital-plaza",
    options: [{ title: "색상", values: ["블랙", "화이트", "민트"] }],
    price: 89000,
    soldOut: [2],
    weight: 55,
    origin_country: "cn",
  }),
  product({
    handle: "open-ear-bone-conduction-sports-earphone",
    title: "오픈형 골전도 스포츠 이어폰",
    description:
      "귀를 막지 않는 골전도 방식이라 러닝 중에도 주변 소리를 들을 수 있습니다. 가벼운 티타늄 넥밴드가 격한 움직임에도 흔들림 없이 고정됩니다. 땀과 비에 강한 방수 설계를 적용했습니다.",
    category: "digital-mobile-earphone",
    seller: "digital-plaza",
    options: [{ title: "색상", values: ["블랙", "그레이"] }],
    price: 119000,
    weight: 30,
    origin_country: "cn",
  }),
  product({
    handle: "air-fryer-5-5l",
    title: "5.5L 대용량 에어프라이어",
    description:
      "통닭 한 마리가 들어가는 5.5L 대용량 바스켓의 에어프라이어입니다. 터치 패널에 자주 쓰는 요리 프리셋 8가지를 담았습니다. 바스켓은 분리해 식기세척기에 넣을 수 있습니다.",
    category: "digital-appliance-kitchen",
    seller: "digital-plaza",
    options: [{ title: "색상", values: ["화이트", "블랙"] }],
    price: 79900,
    weight: 4800,
    origin_country: "cn",
  }),
  product({
    handle: "bldc-cordless-fan",
    title: "저소음 BLDC 무선 선풍기",
    description:
      "BLDC 모터를 적용해 조용하고 전기료 부담이 적은 무선 선풍기입니다. 충전식 배터리로 최대 20시간까지 선 없이 사용할 수 있습니다. 높이 조절이 가능해 탁상용과 스탠드형으로 모두 쓸 수 있습니다.",
    category: "digital-appliance-seasonal",
    seller: "digital-plaza",
    options: [{ title: "색상", values: ["화이트", "그레이"] }],
    price: 69900,
    weight: 3200,
    origin_country: "cn",
  }),

  // ----- living-house: 생활용품 ---------------------------------------------
  product({
    handle: "induction-stainless-saucepan",
    title: "IH 인덕션 스테인리스 편수냄비",
    description:
      "3중 바닥 구조로 열이 고르게 전달되는 스테인리스 편수냄비입니다. 인덕션을 포함한 모든 열원에서 사용할 수 있습니다. 눈금이 새겨져 있어 라면이나 국을 끓일 때 물 양을 맞추기 쉽습니다.",
    category: "living-kitchen-cookware",
    seller: "living-house",
    options: [{ title: "사이즈", values: ["16cm", "18cm", "20cm"] }],
    price: 24900,
    add: { "18cm": 3000, "20cm": 6000 },
    weight: 900,
    material: "스테인리스 스틸 304",
    origin_country: "kr",
  }),
  product({
    handle: "ceramic-nonstick-frying-pan",
    title: "논스틱 세라믹 코팅 프라이팬",
    description:
      "적은 기름으로도 음식이 잘 눌어붙지 않는 세라믹 코팅 프라이팬입니다. 가벼운 알루미늄 바디로 손목 부담이 적습니다. 인덕션 겸용 바닥이라 어떤 주방에서도 사용할 수 있습니다.",
    category: "living-kitchen-cookware",
    seller: "living-house",
    options: [{ title: "사이즈", values: ["24cm", "28cm", "30cm"] }],
    price: 21900,
    add: { "28cm": 4000, "30cm": 7000 },
    soldOut: [2],
    weight: 850,
    material: "알루미늄, 세라믹 코팅",
    origin_country: "kr",
  }),
  product({
    handle: "glass-food-container-set",
    title: "내열유리 밀폐용기 세트",
    description:
      "전자레인지와 오븐에 사용할 수 있는 내열유리 밀폐용기 세트입니다. 4면 잠금 뚜껑으로 국물 있는 반찬도 새지 않게 보관합니다. 냄새와 색이 잘 배지 않아 위생적입니다.",
    category: "living-kitchen-storage",
    seller: "living-house",
    options: [{ title: "구성", values: ["5종", "10종"] }],
    price: 25900,
    add: { "10종": 18000 },
    weight: 3400,
    material: "붕규산 유리, 폴리프로필렌",
    origin_country: "kr",
  }),
  product({
    handle: "hotel-40s-combed-cotton-towel",
    title: "호텔식 40수 코마사 세면타월 180g",
    description:
      "40수 코마사로 짜서 부드럽고 흡수력이 뛰어난 호텔식 세면타월입니다. 180g의 도톰한 중량으로 세탁을 반복해도 쉽게 얇아지지 않습니다. 먼지 날림을 줄이기 위해 출고 전 한 번 세탁해 보내드립니다.",
    category: "living-bath-towel",
    seller: "living-house",
    options: [
      { title: "수량", values: ["5장", "10장"] },
      { title: "색상", values: ["화이트", "그레이"] },
    ],
    price: 19900,
    add: { "10장": 17000 },
    material: "면 100%",
    origin_country: "kr",
  }),
  product({
    handle: "microfiber-hair-dry-towel",
    title: "극세사 헤어 드라이 타월 캡",
    description:
      "극세사 원단이 머리카락의 물기를 빠르게 흡수하는 헤어 타월 캡입니다. 단추 고정식이라 머리에 쓰고 움직여도 잘 흘러내리지 않습니다. 드라이 시간을 줄여 모발 손상을 덜어줍니다.",
    category: "living-bath-towel",
    seller: "living-house",
    options: [{ title: "색상", values: ["핑크", "그레이", "네이비"] }],
    price: 6900,
    weight: 80,
    material: "폴리에스터 85%, 나일론 15%",
    origin_country: "cn",
  }),
  product({
    handle: "indoor-dry-liquid-detergent-3l",
    title: "실내건조 고농축 액체세제 3L",
    description:
      "실내에서 빨래를 말려도 꿉꿉한 냄새가 덜 나도록 만든 고농축 액체세제입니다. 찬물에서도 잘 녹아 드럼과 일반 세탁기에 모두 사용할 수 있습니다. 은은한 코튼 향이 오래 남습니다.",
    category: "living-laundry-detergent",
    seller: "living-house",
    options: [{ title: "수량", values: ["1개", "2개", "4개"] }],
    price: 12900,
    add: { "2개": 11000, "4개": 33000 },
    weight: 3200,
    origin_country: "kr",
  }),

  // ----- living-house: 홈인테리어 -------------------------------------------
  product({
    handle: "ergonomic-mesh-office-chair",
    title: "요추받침 메쉬 사무용 의자",
    description:
      "등판 전체가 메쉬 소재라 오래 앉아 있어도 덥지 않은 사무용 의자입니다. 높이 조절식 요추받침이 허리를 바르게 지지해 줍니다. 팔걸이와 좌판 높이를 체형에 맞게 조절할 수 있습니다.",
    category: "home-furniture-chair",
    seller: "living-house",
    options: [{ title: "색상", values: ["블랙", "그레이"] }],
    price: 159000,
    weight: 14500,
    material: "메쉬, 나일론 베이스",
    origin_country: "kr",
  }),
  product({
    handle: "solid-wood-3-tier-shelf",
    title: "원목 3단 수납 선반",
    description:
      "고무나무 원목으로 만든 3단 선반으로 거실, 주방, 베란다 어디에나 잘 어울립니다. 공구 없이 10분 만에 조립할 수 있습니다. 선반 한 칸당 최대 15kg까지 올려둘 수 있습니다.",
    category: "home-furniture-shelf",
    seller: "living-house",
    options: [{ title: "색상", values: ["내추럴", "월넛"] }],
    price: 54900,
    weight: 8200,
    material: "고무나무 원목",
    origin_country: "vn",
  }),
  product({
    handle: "washed-cotton-all-season-comforter",
    title: "사계절 워싱 면 차렵이불",
    description:
      "워싱 가공으로 처음부터 부드러운 촉감의 순면 차렵이불입니다. 적당한 두께라 에어컨을 켠 여름부터 간절기까지 두루 사용할 수 있습니다. 세탁기에 통째로 빨 수 있어 관리가 쉽습니다.",
    category: "home-bedding-comforter",
    seller: "living-house",
    options: [
      { title: "사이즈", values: ["SS", "Q", "K"] },
      { title: "색상", values: ["그레이", "베이지"] },
    ],
    price: 59900,
    add: { Q: 10000, K: 20000 },
    material: "겉감 면 100%, 충전재 폴리에스터",
    origin_country: "kr",
  }),
  product({
    handle: "memory-foam-cervical-pillow",
    title: "메모리폼 경추 베개",
    description:
      "목의 곡선을 따라 받쳐주는 경추 라인 메모리폼 베개입니다. 옆으로 누워도 어깨가 눌리지 않도록 양쪽 높이를 다르게 설계했습니다. 커버는 분리해서 세탁할 수 있습니다.",
    category: "home-bedding-pillow",
    seller: "living-house",
    options: [{ title: "수량", values: ["1개", "2개"] }],
    price: 32900,
    add: { "2개": 27000 },
    weight: 1300,
    material: "폴리우레탄 메모리폼, 커버 면 100%",
    origin_country: "kr",
  }),

  // ----- beauty-lab ---------------------------------------------------------
  product({
    handle: "heartleaf-mild-toner-500ml",
    title: "약산성 어성초 진정 토너 500ml",
    description:
      "어성초 추출물을 담은 약산성 토너로 예민해진 피부를 산뜻하게 진정시켜 줍니다. 끈적임 없이 빠르게 흡수되어 화장솜으로 닦아내거나 팩으로 쓰기 좋습니다. 대용량이라 온 가족이 함께 사용하기 좋습니다.",
    category: "beauty-skincare-toner",
    seller: "beauty-lab",
    options: [{ title: "수량", values: ["1개", "2개"] }],
    price: 18900,
    add: { "2개": 15000 },
    weight: 560,
    origin_country: "kr",
  }),
  product({
    handle: "ceramide-barrier-cream",
    title: "세라마이드 수분 장벽 크림",
    description:
      "세라마이드와 판테놀을 함유해 건조해진 피부 장벽을 촘촘하게 채워주는 보습 크림입니다. 리치한 제형이지만 무겁지 않게 마무리됩니다. 저녁 스킨케어 마지막 단계에 충분히 발라주세요.",
    category: "beauty-skincare-cream",
    seller: "beauty-lab",
    options: [{ title: "용량", values: ["50ml", "100ml"] }],
    price: 24900,
    add: { "100ml": 14000 },
    origin_country: "kr",
  }),
  product({
    handle: "centella-soothing-gel-cream",
    title: "병풀 진정 수분 젤크림 대용량",
    description:
      "병풀 추출물을 담은 수분 젤크림으로 열감이 오른 피부를 시원하게 진정시켜 줍니다. 가벼운 젤 제형이라 지성 피부나 여름철에 사용하기 좋습니다. 넉넉한 용량으로 얼굴과 목까지 부담 없이 바를 수 있습니다.",
    category: "beauty-skincare-cream",
    seller: "beauty-lab",
    options: [{ title: "용량", values: ["80ml", "150ml"] }],
    price: 19900,
    add: { "150ml": 9000 },
    soldOut: [1],
    origin_country: "kr",
  }),
  product({
    handle: "mineral-tone-up-sunscreen",
    title: "무기자차 톤업 선크림 SPF50+ PA++++",
    description:
      "백탁 없이 자연스럽게 톤을 밝혀주는 무기자차 선크림입니다. 눈시림이 적어 민감한 피부와 아이들도 사용하기 좋습니다. 메이크업 전 베이스 대용으로도 활용할 수 있습니다.",
    category: "beauty-skincare-sunscreen",
    seller: "beauty-lab",
    options: [{ title: "수량", values: ["1개", "2개", "3개"] }],
    price: 16900,
    add: { "2개": 13000, "3개": 26000 },
    weight: 80,
    origin_country: "kr",
  }),
  product({
    handle: "long-lasting-cover-cushion",
    title: "커버 롱래스팅 쿠션 본품+리필",
    description:
      "얇게 발려도 잡티를 자연스럽게 커버하는 세미매트 쿠션입니다. 마스크에 잘 묻어나지 않도록 밀착력을 높였습니다. 본품과 리필 1개가 함께 구성되어 있습니다.",
    category: "beauty-makeup-base",
    seller: "beauty-lab",
    options: [{ title: "색상", values: ["13호 바닐라", "21호 라이트", "23호 베이지"] }],
    price: 28900,
    weight: 110,
    origin_country: "kr",
  }),
  product({
    handle: "glow-lip-tint",
    title: "촉촉 글로우 립틴트",
    description:
      "물처럼 가볍게 발리고 촉촉한 광이 오래 지속되는 글로우 립틴트입니다. 한 번 바르면 맑게, 여러 번 덧바르면 선명한 발색을 연출할 수 있습니다. 입술 각질이 부각되지 않도록 보습 성분을 담았습니다.",
    category: "beauty-makeup-lip",
    seller: "beauty-lab",
    options: [{ title: "색상", values: ["01 코랄", "02 로즈", "03 레드", "04 누드"] }],
    price: 12900,
    soldOut: [2],
    weight: 20,
    origin_country: "kr",
  }),
  product({
    handle: "mild-acid-scalp-shampoo-500ml",
    title: "약산성 두피 케어 샴푸 500ml",
    description:
      "두피와 비슷한 약산성 세정 성분으로 자극을 줄인 데일리 샴푸입니다. 풍성한 거품이 노폐물을 부드럽게 씻어내고 헹굼 후에도 뻣뻣하지 않습니다. 허브 계열의 상쾌한 향이 은은하게 남습니다.",
    category: "beauty-hair-shampoo",
    seller: "beauty-lab",
    options: [{ title: "수량", values: ["1개", "2개", "3개"] }],
    price: 15900,
    add: { "2개": 13000, "3개": 25000 },
    weight: 560,
    origin_country: "kr",
  }),

  // ----- kids-toy -----------------------------------------------------------
  product({
    handle: "creative-big-block-set",
    title: "창의력 대형 블록 놀이 세트",
    description:
      "아이 손에 쥐기 좋은 큼직한 블록으로 집, 자동차, 동물 등을 자유롭게 만들 수 있습니다. 모서리를 둥글게 다듬어 어린 아이도 안전하게 놀 수 있습니다. 정리하기 편한 수납 박스가 함께 제공됩니다.",
    category: "kids-toy-block",
    seller: "kids-toy",
    options: [{ title: "구성", values: ["120피스", "240피스"] }],
    price: 29900,
    add: { "240피스": 22000 },
    weight: 2300,
    material: "폴리프로필렌",
    origin_country: "kr",
  }),
  product({
    handle: "magnetic-3d-shape-blocks",
    title: "자석 블록 입체 도형 세트",
    description:
      "강한 자석이 들어간 도형 블록을 붙여 평면과 입체 구조물을 만들어 보는 교구입니다. 놀이를 통해 공간 지각력과 도형 개념을 자연스럽게 익힐 수 있습니다. 자석이 빠지지 않도록 초음파 용착 방식으로 마감했습니다.",
    category: "kids-toy-block",
    seller: "kids-toy",
    options: [{ title: "구성", values: ["40피스", "80피스", "120피스"] }],
    price: 24900,
    add: { "80피스": 20000, "120피스": 39000 },
    weight: 1500,
    material: "ABS, 자석",
    origin_country: "cn",
  }),
  product({
    handle: "soft-bunny-plush-doll",
    title: "애착 토끼 인형 봉제",
    description:
      "아기 피부에 닿아도 부드러운 극세사 원단으로 만든 애착 토끼 인형입니다. 눈과 코를 자수로 처리해 떨어질 걱정이 없습니다. 세탁망에 넣어 세탁기로 빨 수 있습니다.",
    category: "kids-toy-doll",
    seller: "kids-toy",
    options: [
      { title: "크기", values: ["30cm", "45cm"] },
      { title: "색상", values: ["핑크", "아이보리"] },
    ],
    price: 19900,
    add: { "45cm": 9000 },
    weight: 300,
    material: "폴리에스터 100%",
    origin_country: "cn",
  }),
  product({
    handle: "wooden-play-kitchen-set",
    title: "원목 소꿉놀이 주방 세트",
    description:
      "싱크대, 가스레인지, 오븐이 한데 모인 원목 소꿉놀이 주방입니다. 냄비와 조리도구 소품이 함께 들어 있어 바로 역할놀이를 시작할 수 있습니다. 친환경 수성 도료로 마감했습니다.",
    category: "kids-toy-roleplay",
    seller: "kids-toy",
    options: [{ title: "색상", values: ["내추럴", "핑크"] }],
    price: 89000,
    weight: 9500,
    material: "원목, MDF",
    origin_country: "cn",
  }),
  product({
    handle: "premium-pants-diaper",
    title: "프리미엄 팬티형 기저귀 1팩",
    description:
      "허리 밴드가 부드럽게 늘어나 활동량 많은 아기에게 편안한 팬티형 기저귀입니다. 순간 흡수층이 소변을 빠르게 가둬 엉덩이를 보송하게 유지합니다. 소변 알림선으로 교체 시기를 쉽게 확인할 수 있습니다.",
    category: "kids-baby-diaper",
    seller: "kids-toy",
    options: [{ title: "사이즈", values: ["M", "L", "XL", "XXL"] }],
    price: 21900,
    add: { XL: 1000, XXL: 2000 },
    soldOut: [3],
    weight: 1800,
    origin_country: "kr",
  }),
  product({
    handle: "unscented-baby-wet-wipes",
    title: "무향 순면 아기 물티슈 캡형 100매",
    description:
      "순면 원단과 정제수로 만든 무향 아기 물티슈입니다. 도톰한 엠보싱 원단이라 한 장으로도 깨끗하게 닦입니다. 캡형 뚜껑이 수분 증발을 막아 끝까지 촉촉하게 사용할 수 있습니다.",
    category: "kids-baby-wipes",
    seller: "kids-toy",
    options: [{ title: "수량", values: ["10팩", "20팩"] }],
    price: 15900,
    add: { "20팩": 13000 },
    weight: 5000,
    origin_country: "kr",
  }),
  product({
    handle: "kids-cotton-innerwear-set",
    title: "아동 순면 내의 상하세트",
    description:
      "피부 자극이 적은 순면 원단으로 만든 아동용 내의 상하세트입니다. 목과 소매 시보리가 탄탄해 자주 빨아도 쉽게 늘어나지 않습니다. 잠옷이나 실내복으로 입히기 좋습니다.",
    category: "kids-clothing-innerwear",
    seller: "kids-toy",
    options: [
      { title: "사이즈", values: ["90", "100", "110", "120"] },
      { title: "색상", values: ["스카이", "옐로우"] },
    ],
    price: 18900,
    add: { "110": 2000, "120": 3000 },
    weight: 250,
    material: "면 100%",
    origin_country: "kr",
  }),
]
