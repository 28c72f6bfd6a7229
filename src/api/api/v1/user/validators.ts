import { z } from "@medusajs/framework/zod"

/** A string field whose type errors read in Korean ("필수 입력 항목입니다." when missing). */
function text() {
  return z.string({
    error: (issue) => (issue.input === undefined ? "필수 입력 항목입니다." : "문자열로 입력해 주세요."),
  })
}

/** 010-1234-5678, 01012345678 (and the older 011/016/017/018/019 numbers) → 010-1234-5678 style. */
export function normalizeMobile(value: string): string {
  const digits = value.replace(/[^0-9]/g, "")
  return digits.length === 11
    ? `${digits.slice(0, 3)}-${digits.slice(3, 7)}-${digits.slice(7)}`
    : `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`
}

export const UserEmail = text()
  .trim()
  .max(254, { message: "이메일이 너무 깁니다." })
  .pipe(z.email({ message: "이메일 형식이 올바르지 않습니다." }))
  .transform((email) => email.toLowerCase())

export const UserPassword = text()
  .min(8, { message: "비밀번호는 영문과 숫자를 포함해 8자 이상이어야 합니다." })
  .max(64, { message: "비밀번호는 64자 이하여야 합니다." })
  .regex(/[A-Za-z]/, { message: "비밀번호는 영문과 숫자를 포함해 8자 이상이어야 합니다." })
  .regex(/[0-9]/, { message: "비밀번호는 영문과 숫자를 포함해 8자 이상이어야 합니다." })

export const UserName = text()
  .trim()
  .min(1, { message: "이름을 입력해 주세요." })
  .max(30, { message: "이름은 30자 이하여야 합니다." })

export const UserPhoneNumber = text()
  .trim()
  .regex(/^01[016789]-?[0-9]{3,4}-?[0-9]{4}$/, {
    message: "휴대폰 번호는 010-1234-5678 또는 01012345678 형식이어야 합니다.",
  })
  .transform(normalizeMobile)

export const UserZipcode = text()
  .trim()
  .regex(/^[0-9]{5}$/, { message: "우편번호는 숫자 5자리여야 합니다." })

export const UserAddress = text()
  .trim()
  .min(1, { message: "주소를 입력해 주세요." })
  .max(200, { message: "주소는 200자 이하여야 합니다." })

export const UserDetailAddress = text().trim().max(100, { message: "상세주소는 100자 이하여야 합니다." })

const TosCode = text()
  .trim()
  .min(1, { message: "약관 코드를 입력해 주세요." })
  .max(40, { message: "약관 코드가 너무 깁니다." })
  .transform((code) => code.toUpperCase())

/** POST /api/v1/user/join — field names from the plan's 회원 table; `tos_codes` lists the agreed terms. */
export const PostUserJoin = z
  .object({
    user_email: UserEmail,
    user_password: UserPassword,
    user_name: UserName,
    user_phonenumber: UserPhoneNumber,
    user_zipcode: UserZipcode,
    user_address: UserAddress,
    user_detail_address: UserDetailAddress,
    tos_codes: z.array(TosCode, { error: "약관 코드 목록(배열)으로 입력해 주세요." }).max(20, { message: "약관이 너무 많습니다." }).default([]),
  })
  .strict()
export type PostUserJoinType = z.infer<typeof PostUserJoin>

export const PostUserLogin = z
  .object({
    user_email: UserEmail,
    user_password: text().min(1, { message: "비밀번호를 입력해 주세요." }).max(64, { message: "비밀번호가 너무 깁니다." }),
  })
  .strict()
export type PostUserLoginType = z.infer<typeof PostUserLogin>

/** PUT /api/v1/user/usermodify — any subset; a new password needs the current one. */
export const PutUserModify = z
  .object({
    user_name: UserName.optional(),
    user_phonenumber: UserPhoneNumber.optional(),
    user_zipcode: UserZipcode.optional(),
    user_address: UserAddress.optional(),
    user_detail_address: UserDetailAddress.optional(),
    current_password: text().min(1, { message: "현재 비밀번호를 입력해 주세요." }).max(64).optional(),
    new_password: UserPassword.optional(),
  })
  .strict()
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    message: "변경할 항목을 하나 이상 입력해 주세요.",
  })
  .refine((body) => !body.new_password || !!body.current_password, {
    message: "비밀번호를 바꾸려면 현재 비밀번호를 입력해 주세요.",
    path: ["current_password"],
  })
export type PutUserModifyType = z.infer<typeof PutUserModify>

export const DeleteUserSecession = z
  .object({
    user_password: text().min(1, { message: "비밀번호를 입력해 주세요." }).max(64),
  })
  .strict()
export type DeleteUserSecessionType = z.infer<typeof DeleteUserSecession>

/** POST /api/v1/user/consents — agree (again) or decline/withdraw terms by code. */
export const PostUserConsents = z
  .object({
    consents: z
      .array(
        z
          .object({
            tos_code: TosCode,
            agree_whether: z.boolean({ message: "agree_whether는 true 또는 false여야 합니다." }),
            tos_version: z.number().int().positive().optional(),
          })
          .strict()
      )
      .min(1, { message: "동의 내용을 하나 이상 보내 주세요." })
      .max(20, { message: "약관이 너무 많습니다." }),
  })
  .strict()
export type PostUserConsentsType = z.infer<typeof PostUserConsents>
