import type { FileDTO } from "@medusajs/framework/types"
import { ReviewImageKind } from "../../../modules/review"

/**
 * An image checked and thumbnailed by the route (bytes sniffed, decoded by sharp), ready for
 * the File Module: `name` is random, so storage keys never derive from what the client sent.
 */
export type PreparedReviewImage = {
  name: string
  original_name: string
  content_type: string
  extension: string
  size: number
  /** base64 of the original and of its 320 px WebP thumbnail */
  content: string
  thumbnail: string
}

export type ReviewImageRow = {
  kind: ReviewImageKind
  rank: number
  original_name: string
  file_key: string
  thumbnail_key: string
  size: number
  content_type: string
  url: string
  thumbnail_url: string
}

export const REVIEW_FILE_FOLDER = "reviews"

/** Two files per image (original, thumbnail), in the images' order. */
export function filesToUpload(images: PreparedReviewImage[]) {
  return images.flatMap((image) => [
    {
      filename: `${REVIEW_FILE_FOLDER}/${image.name}.${image.extension}`,
      mimeType: image.content_type,
      content: image.content,
      access: "public" as const,
    },
    {
      filename: `${REVIEW_FILE_FOLDER}/${image.name}-thumb.webp`,
      mimeType: "image/webp",
      content: image.thumbnail,
      access: "public" as const,
    },
  ])
}

/** Image rows for uploaded files; `firstRank` continues after images the review keeps. */
export function imageRows(images: PreparedReviewImage[], files: FileDTO[], firstRank = 0): ReviewImageRow[] {
  return images.map((image, i) => {
    const original = files[2 * i]
    const thumbnail = files[2 * i + 1]
    const rank = firstRank + i
    return {
      kind: rank === 0 ? ReviewImageKind.MAIN : ReviewImageKind.SUB,
      rank,
      original_name: image.original_name,
      file_key: original.id,
      thumbnail_key: thumbnail.id,
      size: image.size,
      content_type: image.content_type,
      url: original.url,
      thumbnail_url: thumbnail.url,
    }
  })
}
