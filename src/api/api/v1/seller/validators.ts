import { z } from "@medusajs/framework/zod"
import { ASCII_HANDLE } from "../../../../workflows/seller/utils/item-handle"
import { isValidBusinessRegistrationNumber } from "../../../../modules/seller/utils/business-registration-number"
import { BusinessType, DeliveryWay, SaleState, TaxType } from "../../../../modules/seller/types"
import { safeFileName } from "../../../utils/file-name"
import { httpUrl } from "../../../utils/validate"

const values = <T extends Record<string, string>>(set: T) => Object.values(set) as [T[keyof T], ...T[keyof T][]]

/** Whole KRW (the won has no minor unit), never negative. */
const krw = z.number().int().min(0)
const text = (max: number) => z.string().trim().min(1).max(max)
const optionalText = (max: number) => z.string().trim().max(max).nullish()
/** An uploaded file's name as sellers and operators will see it: its base name only (no path parts). */
const fileName = z.string().trim().min(1).max(255).transform((name) => safeFileName(name))

const email = z.string().trim().toLowerCase().pipe(z.email().max(254))
const password = z.string().min(8).max(72)

const phoneNumber = z
  .string()
  .trim()
  .regex(/^0\d{1,2}-?\d{3,4}-?\d{4}$/, "전화번호 형식이 올바르지 않습니다.")

const businessRegistrationNumber = z
  .string()
  .trim()
  .refine(isValidBusinessRegistrationNumber, "올바른 사업자등록번호가 아닙니다 (10자리, 검증번호 불일치).")

export const DeliveryPolicySchema = z
  .object({
    forwarding_place: text(255),
    delivery_jeju_mountain: z.boolean(),
    jeju_mountain_extra_cost: krw.default(0),
    courier_company: text(100),
    delivery_way: z.enum(values(DeliveryWay)),
    delivery_cost: krw,
    free_delivery_threshold: krw.nullish(),
    delivery_period: z.number().int().min(1).max(90),
  })
  .strict()

export const ReturnPolicySchema = z
  .object({
    address: text(255),
    return_delivery_cost: krw,
    exchange_delivery_cost: krw,
  })
  .strict()

const SellerProfileFields = {
  name: text(100),
  representative_name: text(50),
  phone_number: phoneNumber,
  business_type: z.enum(values(BusinessType)),
  business_registration_number: businessRegistrationNumber,
}

export const SellerJoinSchema = z
  .object({
    email,
    password,
    ...SellerProfileFields,
    delivery_policy: DeliveryPolicySchema,
    return_policy: ReturnPolicySchema,
    agreements: z
      .array(z.object({ code: text(50), agreed: z.boolean() }).strict())
      .min(1),
  })
  .strict()
export type SellerJoinBody = z.infer<typeof SellerJoinSchema>

export const SellerLoginSchema = z.object({ email, password: z.string().min(1).max(72) }).strict()
export type SellerLoginBody = z.infer<typeof SellerLoginSchema>

export const SellerModifySchema = z
  .object({
    name: SellerProfileFields.name.optional(),
    representative_name: SellerProfileFields.representative_name.optional(),
    phone_number: SellerProfileFields.phone_number.optional(),
    business_type: SellerProfileFields.business_type.optional(),
    business_registration_number: SellerProfileFields.business_registration_number.optional(),
    delivery_policy: DeliveryPolicySchema.partial().strict().optional(),
    return_policy: ReturnPolicySchema.partial().strict().optional(),
  })
  .strict()
export type SellerModifyBody = z.infer<typeof SellerModifySchema>

/** 상품 상세 정보 fields, shared by create (required where the plan requires them) and update. */
const detailFields = {
  item_label: text(100),
  state: z.enum(values(SaleState)),
  sell_start_date: z.coerce.date().nullish(),
  sell_end_date: z.coerce.date().nullish(),
  parallel_import: z.boolean(),
  minor_purchasable: z.boolean(),
  max_order: z.number().int().min(1).max(9999).nullish(),
  tax: z.enum(values(TaxType)),
  material: optionalText(255),
  color: optionalText(255),
  size: optionalText(255),
  maker: optionalText(255),
  manufacturer_item_name: optionalText(255),
  warning: optionalText(1000),
  quality_assurance: optionalText(255),
  as_info: text(255),
  detail_html: z.string().max(200_000).nullish(),
  file_key: optionalText(500),
  file_path: httpUrl(2000).nullish(),
  original_file_name: optionalText(255).transform((name) => (name ? safeFileName(name) : name)),
  file_size: z.number().int().min(0).nullish(),
}

const productFields = {
  title_name: text(100),
  handle: z
    .string()
    .trim()
    .toLowerCase()
    .max(100)
    .regex(ASCII_HANDLE, "상품 주소(handle)는 영문 소문자, 숫자와 하이픈(-)만 쓸 수 있습니다.")
    .optional(),
  subtitle: optionalText(255),
  description: z.string().max(10_000).nullish(),
  thumbnail: httpUrl(2000).nullish(),
  category_ids: z.array(text(100)).min(1).max(10),
}

type SalePeriod = { sell_start_date?: Date | null; sell_end_date?: Date | null }

function checkSalePeriod(value: SalePeriod, ctx: z.RefinementCtx) {
  if (value.sell_start_date && value.sell_end_date && value.sell_end_date < value.sell_start_date) {
    ctx.addIssue({
      code: "custom",
      path: ["sell_end_date"],
      message: "판매 종료일은 판매 시작일보다 빠를 수 없습니다.",
    })
  }
}

const VariantSchema = z
  .object({
    title: optionalText(255).transform((value) => value ?? undefined),
    sku: optionalText(100).transform((value) => value ?? undefined),
    options: z.record(z.string(), text(100)),
    price: krw,
    stock: z.number().int().min(0),
  })
  .strict()

export const SellerItemCreateSchema = z
  .object({
    ...productFields,
    ...detailFields,
    images: z.array(z.object({ url: httpUrl(2000) }).strict()).max(20).optional(),
    options: z
      .array(z.object({ title: text(50), values: z.array(text(100)).min(1).max(50) }).strict())
      .min(1)
      .max(3),
    variants: z.array(VariantSchema).min(1).max(100),
  })
  .strict()
  .superRefine((item, ctx) => {
    checkSalePeriod(item, ctx)
    const optionValues = new Map(item.options.map((option) => [option.title, new Set(option.values)]))
    const seen = new Set<string>()
    item.variants.forEach((variant, index) => {
      const keys = Object.keys(variant.options)
      const matches =
        keys.length === optionValues.size &&
        keys.every((key) => optionValues.get(key)?.has(variant.options[key]))
      if (!matches) {
        ctx.addIssue({
          code: "custom",
          path: ["variants", index, "options"],
          message: "옵션마다 정의된 값 하나를 골라야 합니다.",
        })
      }
      const combination = JSON.stringify([...optionValues.keys()].map((key) => variant.options[key]))
      if (seen.has(combination)) {
        ctx.addIssue({ code: "custom", path: ["variants", index, "options"], message: "같은 옵션 조합이 중복되었습니다." })
      }
      seen.add(combination)
    })
  })
export type SellerItemCreateBody = z.infer<typeof SellerItemCreateSchema>

export const SellerItemUpdateSchema = z
  .object({
    ...productFields,
    ...detailFields,
    variants: z
      .array(
        z
          .object({ id: text(100), price: krw.optional(), stock: z.number().int().min(0).optional() })
          .strict()
      )
      .max(100),
  })
  .partial()
  .strict()
  .superRefine(checkSalePeriod)
export type SellerItemUpdateBody = z.infer<typeof SellerItemUpdateSchema>

export const SellerItemsQuerySchema = z
  .object({
    page: z.coerce.number().int().min(1).default(1),
    size: z.coerce.number().int().min(1).max(100).default(20),
    state: z.enum(values(SaleState)).optional(),
    category_id: z.string().optional(),
  })
  .strict()
export type SellerItemsQuery = z.infer<typeof SellerItemsQuerySchema>

/** Detail descriptions are HTML or PDF (상세설명 파일), at most 5 MB. */
export const DETAIL_FILE_MIME_TYPES = ["text/html", "application/pdf"] as const
const MAX_DETAIL_FILE_BYTES = 5 * 1024 * 1024

export const SellerFileUploadSchema = z
  .object({
    original_file_name: fileName,
    mime_type: z.enum(DETAIL_FILE_MIME_TYPES),
    content_base64: z
      .string()
      .min(1)
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, "base64 문자열이어야 합니다.")
      .refine((value) => Math.floor((value.length * 3) / 4) <= MAX_DETAIL_FILE_BYTES, "파일은 5MB를 넘을 수 없습니다."),
  })
  .strict()
  .superRefine((body, ctx) => {
    // The declared type is not trusted: a "PDF" must begin like one.
    const head = Buffer.from(body.content_base64.slice(0, 12), "base64").toString("latin1")
    if (body.mime_type === "application/pdf" && !head.startsWith("%PDF-")) {
      ctx.addIssue({ code: "custom", path: ["content_base64"], message: "PDF 파일이 아닙니다." })
    }
  })
export type SellerFileUploadBody = z.infer<typeof SellerFileUploadSchema>
