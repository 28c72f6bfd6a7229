import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ChatActorType, ChatRoomKind, type ChatActor } from "../../../modules/chat/types"
import { SELLER_MODULE } from "../../../modules/seller"
import { chatRoomOpenKey, type ChatRoomTarget } from "./resolve-chat-room-target"

/** An operator opens the admin side of a room with one seller or one customer. */
export type ResolveAdminChatRoomTargetStepInput = {
  actor: ChatActor
  seller_id?: string
  customer_id?: string
}

export const resolveAdminChatRoomTargetStepId = "resolve-admin-chat-room-target"

/**
 * The room an admin opens with a seller (`seller_admin`) or a customer (`customer_admin`). Admins
 * staff those rooms as a team and are not members by row, so the room has the counterpart as its
 * only participant: the same room (and open key) the counterpart would have opened itself.
 * Read-only, so nothing to compensate.
 */
export const resolveAdminChatRoomTargetStep = createStep(
  resolveAdminChatRoomTargetStepId,
  async (input: ResolveAdminChatRoomTargetStepInput, { container }) => {
    if (input.actor.actor_type !== ChatActorType.USER) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "운영자만 열 수 있는 상담입니다.")
    }
    if (!!input.seller_id === !!input.customer_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "seller_id 또는 customer_id 중 하나를 지정해 주세요.")
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const counterpart: ChatActor = input.seller_id
      ? { actor_type: ChatActorType.SELLER, actor_id: input.seller_id }
      : { actor_type: ChatActorType.CUSTOMER, actor_id: input.customer_id! }
    const entity = counterpart.actor_type === ChatActorType.SELLER ? SELLER_MODULE : "customer"
    const { data } = await query.graph({ entity, fields: ["id"], filters: { id: counterpart.actor_id } })
    if (!data[0]) {
      const noun = counterpart.actor_type === ChatActorType.SELLER ? "판매자" : "고객"
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `${noun}를 찾을 수 없습니다: ${counterpart.actor_id}`)
    }
    const kind = counterpart.actor_type === ChatActorType.SELLER ? ChatRoomKind.SELLER_ADMIN : ChatRoomKind.CUSTOMER_ADMIN
    const participants = [counterpart]
    return new StepResponse<ChatRoomTarget>({
      kind,
      subject_type: null,
      subject_id: null,
      participants,
      open_key: chatRoomOpenKey(kind, participants, null, null),
    })
  }
)
