import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AgreementInput } from "../types"

export type RecordSellerConsentsStepInput = { seller_id: string; agreements: AgreementInput[] }

export const recordSellerConsentsStepId = "record-seller-consents"

/**
 * Hook point for the terms module (customers-and-terms issue): a seller's join must record its
 * consents there, by actor type `seller`.
 *
 * TODO(terms-module): at merge, replace this step in createSellerAccountWorkflow with
 * `recordConsentsStep` from src/workflows/terms/steps (actor_type "seller", actor_id
 * seller_id, the agreements) and let the terms module decide which codes are required
 * (then drop REQUIRED_SELLER_TERMS in validate-seller-agreements.ts).
 */
export const recordSellerConsentsStep = createStep(
  recordSellerConsentsStepId,
  async (input: RecordSellerConsentsStepInput) => new StepResponse(input)
)
