import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CHAT_MODULE } from "../../../modules/chat/constants"
import type ChatModuleService from "../../../modules/chat/service"
import { ChatActorType, type ChatActorType as ChatActorTypeValue } from "../../../modules/chat/types"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"

/** Who the operators talk to in a room: its seller or customer, with a name to show. */
export type AdminChatCounterpart = {
  actor_type: ChatActorTypeValue
  actor_id: string
  name: string | null
  email: string | null
}

/** The non-admin participants of each room, with seller names and customer names/e-mails. */
export async function chatCounterparts(
  scope: MedusaContainer,
  roomIds: string[]
): Promise<Map<string, AdminChatCounterpart[]>> {
  const byRoom = new Map<string, AdminChatCounterpart[]>()
  if (!roomIds.length) {
    return byRoom
  }
  const chat = scope.resolve<ChatModuleService>(CHAT_MODULE)
  const participants = (await chat.listChatParticipants({ room_id: roomIds }, { take: null })).filter(
    (p) => p.actor_type !== ChatActorType.USER
  )
  const idsOf = (type: ChatActorTypeValue) => [
    ...new Set(participants.filter((p) => p.actor_type === type).map((p) => p.actor_id)),
  ]
  const sellerIds = idsOf(ChatActorType.SELLER)
  const customerIds = idsOf(ChatActorType.CUSTOMER)
  const names = new Map<string, { name: string | null; email: string | null }>()
  if (sellerIds.length) {
    const sellers = await scope
      .resolve<SellerModuleService>(SELLER_MODULE)
      .listSellers({ id: sellerIds }, { select: ["id", "name", "email"], withDeleted: true })
    sellers.forEach((s) => names.set(`seller:${s.id}`, { name: s.name, email: s.email }))
  }
  if (customerIds.length) {
    const query = scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "customer",
      fields: ["id", "email", "first_name", "last_name"],
      filters: { id: customerIds },
    })
    data.forEach((c) => {
      const name = [c.last_name, c.first_name].filter(Boolean).join("") || null
      names.set(`customer:${c.id}`, { name, email: c.email ?? null })
    })
  }
  for (const p of participants) {
    const known = names.get(`${p.actor_type}:${p.actor_id}`)
    const list = byRoom.get(p.room_id) ?? []
    list.push({
      actor_type: p.actor_type,
      actor_id: p.actor_id,
      name: known?.name ?? null,
      email: known?.email ?? null,
    })
    byRoom.set(p.room_id, list)
  }
  return byRoom
}
