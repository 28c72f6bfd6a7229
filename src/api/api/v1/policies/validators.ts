import { z } from "@medusajs/framework/zod"

export const GetPolicyParams = z
  .object({
    version: z.coerce
      .number({ message: "version은 1 이상의 정수여야 합니다." })
      .int({ message: "version은 1 이상의 정수여야 합니다." })
      .positive({ message: "version은 1 이상의 정수여야 합니다." })
      .optional(),
  })
  .strict()
export type GetPolicyParamsType = z.infer<typeof GetPolicyParams>
