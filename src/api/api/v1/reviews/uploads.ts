import { randomUUID } from "node:crypto"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import sharp from "sharp"
import { MAX_REVIEW_IMAGE_BYTES, MAX_REVIEW_IMAGES, REVIEW_THUMBNAIL_WIDTH } from "../../../../modules/review"
import { sniffImageType, type ReviewImageType } from "../../../../modules/review/utils/image-type"
import type { PreparedReviewImage } from "../../../../workflows/review/utils/review-images"
import { safeFileName } from "../../../utils/file-name"
import { ValidationError } from "../../../utils/validate"

export const REVIEW_IMAGES_FIELD = "images"

// Memory storage, as Medusa's own admin upload route: the files go on to the File Module.
const upload = multer({
  storage: multer.memoryStorage(),
  defParamCharset: "utf8",
  limits: { files: MAX_REVIEW_IMAGES, fileSize: MAX_REVIEW_IMAGE_BYTES, fields: 20, fieldSize: 64 * 1024 },
}).array(REVIEW_IMAGES_FIELD)

function multerRefusal(error: InstanceType<typeof multer.MulterError>): ValidationError {
  switch (error.code) {
    case "LIMIT_FILE_COUNT":
      return new ValidationError(`이미지는 최대 ${MAX_REVIEW_IMAGES}장까지 올릴 수 있습니다.`, [REVIEW_IMAGES_FIELD])
    case "LIMIT_FILE_SIZE":
      return new ValidationError(`${error.filename ?? "이미지"}: 이미지 한 장은 5MB 이하여야 합니다.`, [REVIEW_IMAGES_FIELD])
    case "LIMIT_UNEXPECTED_FILE":
      return new ValidationError(`이미지는 '${REVIEW_IMAGES_FIELD}' 항목으로 보내 주세요.`, [error.field ?? "body"])
    default:
      return new ValidationError(`업로드 형식이 올바르지 않습니다 (${error.code}).`, [error.field ?? "body"])
  }
}

/** multipart/form-data with up to ten `images`; JSON bodies pass through untouched. */
export function reviewImagesUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  upload(req, res, (error?: unknown) => {
    if (error instanceof multer.MulterError) {
      return next(multerRefusal(error))
    }
    next(error as Error | undefined)
  })
}

export function uploadedFiles(req: MedusaRequest): multer.File[] {
  const files = (req as MedusaRequest & { files?: multer.File[] }).files
  return Array.isArray(files) ? files : []
}

/**
 * Checks every image by its bytes (JPEG, PNG or WebP; the name and the declared type are not
 * trusted), decodes it and makes its 320 px wide WebP thumbnail. A refusal names the file.
 */
export async function prepareReviewImages(files: multer.File[]): Promise<PreparedReviewImage[]> {
  const prepared: PreparedReviewImage[] = []
  for (const file of files) {
    const type = sniffImageType(file.buffer)
    if (!type) {
      throw new ValidationError(`${file.originalname}: JPEG, PNG, WebP 이미지만 올릴 수 있습니다.`, [REVIEW_IMAGES_FIELD])
    }
    if (file.size > MAX_REVIEW_IMAGE_BYTES) {
      throw new ValidationError(`${file.originalname}: 이미지 한 장은 5MB 이하여야 합니다.`, [REVIEW_IMAGES_FIELD])
    }
    let clean: Buffer
    let thumbnail: Buffer
    try {
      clean = await withoutMetadata(file.buffer, type)
      thumbnail = await sharp(clean)
        .resize({ width: REVIEW_THUMBNAIL_WIDTH, withoutEnlargement: true })
        .webp({ quality: 80 })
        .toBuffer()
    } catch {
      throw new ValidationError(`${file.originalname}: 이미지를 읽을 수 없습니다.`, [REVIEW_IMAGES_FIELD])
    }
    prepared.push({
      name: randomUUID(),
      original_name: safeFileName(file.originalname, "image"),
      content_type: type.mime,
      extension: type.extension,
      size: clean.length,
      content: clean.toString("base64"),
      thumbnail: thumbnail.toString("base64"),
    })
  }
  return prepared
}

/**
 * The photo as it will be stored and served: turned upright by its EXIF orientation, then written
 * again in its own format without any metadata (EXIF with the camera's GPS position, XMP, ICC
 * comments): sharp keeps none unless asked to.
 */
async function withoutMetadata(bytes: Buffer, type: ReviewImageType): Promise<Buffer> {
  const upright = sharp(bytes).rotate()
  switch (type.extension) {
    case "png":
      return await upright.png().toBuffer()
    case "webp":
      return await upright.webp({ quality: 90 }).toBuffer()
    default:
      return await upright.jpeg({ quality: 90, mozjpeg: true }).toBuffer()
  }
}

export function assertImageCount(count: number) {
  if (count > MAX_REVIEW_IMAGES) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `이미지는 최대 ${MAX_REVIEW_IMAGES}장까지 올릴 수 있습니다.`)
  }
}
