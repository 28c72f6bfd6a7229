import type { FileDTO } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  REVIEW_MODULE,
  ReviewImageKind,
  type ReviewDTO,
  type ReviewImageDTO,
  type ReviewModuleService,
} from "../../../modules/review"
import { imageRows, type PreparedReviewImage } from "../utils/review-images"

export type ReviewChanges = { title?: string; content?: string | null; rating?: number }

export type UpdateReviewStepInput = {
  review: ReviewDTO
  changes: ReviewChanges
  remove_image_ids: string[]
  images: PreparedReviewImage[]
  files: FileDTO[]
}

type Snapshot = {
  review_id: string
  fields: { title: string; content: string | null; rating: number; has_photos: boolean }
  images: Pick<ReviewImageDTO, "id" | "kind" | "rank">[]
  removed_image_ids: string[]
  created_image_ids: string[]
}

export const updateReviewStepId = "update-review"

/**
 * Changes a review's text and rating, removes the images asked for, adds the uploaded ones after
 * those it keeps, and renumbers them (the first is the main image). Compensation: the snapshot.
 */
export const updateReviewStep = createStep(
  updateReviewStepId,
  async ({ review, changes, remove_image_ids, images, files }: UpdateReviewStepInput, { container }) => {
    const reviews = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    const current = review.images ?? []
    const kept = current.filter((image) => !remove_image_ids.includes(image.id)).sort((a, b) => a.rank - b.rank)
    const removed = current.filter((image) => remove_image_ids.includes(image.id)).map((image) => image.id)
    const snapshot: Snapshot = {
      review_id: review.id,
      fields: { title: review.title, content: review.content, rating: review.rating, has_photos: review.has_photos },
      images: current.map(({ id, kind, rank }) => ({ id, kind, rank })),
      removed_image_ids: removed,
      created_image_ids: [],
    }

    if (removed.length) {
      await reviews.softDeleteReviewImages(removed)
    }
    const renumbered = kept.map((image, rank) => ({
      id: image.id,
      rank,
      kind: rank === 0 ? ReviewImageKind.MAIN : ReviewImageKind.SUB,
    }))
    if (renumbered.length) {
      await reviews.updateReviewImages(renumbered)
    }
    const rows = imageRows(images, files, kept.length)
    if (rows.length) {
      const created = await reviews.createReviewImages(rows.map((row) => ({ ...row, review_id: review.id })))
      snapshot.created_image_ids = created.map((image) => image.id)
    }
    await reviews.updateReviews({
      id: review.id,
      ...changes,
      has_photos: kept.length + rows.length > 0,
    })
    const updated = await reviews.retrieveReview(review.id, { relations: ["images"] })
    return new StepResponse(updated as unknown as ReviewDTO, snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot) {
      return
    }
    const reviews = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    if (snapshot.created_image_ids.length) {
      await reviews.deleteReviewImages(snapshot.created_image_ids)
    }
    if (snapshot.removed_image_ids.length) {
      await reviews.restoreReviewImages(snapshot.removed_image_ids)
    }
    if (snapshot.images.length) {
      await reviews.updateReviewImages(snapshot.images)
    }
    await reviews.updateReviews({ id: snapshot.review_id, ...snapshot.fields })
  }
)
