import { z } from "@medusajs/framework/zod"
import { TermAudience, TermKind } from "../../../modules/terms"

const Code = z
  .string()
  .trim()
  .regex(/^[A-Za-z][A-Za-z0-9_]{1,39}$/, { message: "code must be 2–40 letters, digits or underscores" })
  .transform((code) => code.toUpperCase())

export const AdminGetTermsParams = z
  .object({
    code: Code.optional(),
    /** `true`: only the version in force per code; otherwise every version. */
    current: z
      .enum(["true", "false"])
      .transform((value) => value === "true")
      .optional(),
  })
  .strict()
export type AdminGetTermsParamsType = z.infer<typeof AdminGetTermsParams>

/** Publishes the next version of `code` (or its first version, which then needs title and audience). */
export const AdminPublishTerm = z
  .object({
    code: Code,
    content: z.string().trim().min(1),
    title: z.string().trim().min(1).max(100).optional(),
    audience: z.enum(Object.values(TermAudience) as [TermAudience, ...TermAudience[]]).optional(),
    kind: z.enum(Object.values(TermKind) as [TermKind, ...TermKind[]]).optional(),
    required: z.boolean().optional(),
    effective_at: z.coerce.date().optional(),
  })
  .strict()
export type AdminPublishTermType = z.infer<typeof AdminPublishTerm>

export const AdminGetTermStatisticsParams = z.object({ code: Code.optional() }).strict()
export type AdminGetTermStatisticsParamsType = z.infer<typeof AdminGetTermStatisticsParams>
