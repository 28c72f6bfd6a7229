import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  Drawer,
  Heading,
  Input,
  Label,
  RadioGroup,
  StatusBadge,
  Text,
  clx,
  toast,
} from "@medusajs/ui"
import { type FormEvent, useEffect, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"
import { PageHeader } from "../../components/list-page"
import {
  type AdminChatRoom,
  type ChatConnection,
  type ChatMessage,
  useAdminChatRooms,
  useChatConversation,
  useChatCounterpartSearch,
  useChatSocket,
  useOpenAdminChatRoom,
} from "../../lib/chat"
import { formatDateTime } from "../../lib/format"
import { errorMessage } from "../../lib/sdk"

function roomTitle(room: AdminChatRoom): string {
  const other = room.counterparts[0]
  return other ? other.name ?? other.email ?? other.actor_id : room.id
}

const NewRoomDrawer = ({ onOpened }: { onOpened: (roomId: string) => void }) => {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [kind, setKind] = useState<"seller" | "customer">("seller")
  const [search, setSearch] = useState("")
  const [q, setQ] = useState("")
  useEffect(() => {
    const timer = setTimeout(() => setQ(search.trim()), 300)
    return () => clearTimeout(timer)
  }, [search])
  const results = useChatCounterpartSearch(kind, q)
  const openRoom = useOpenAdminChatRoom()

  const start = async (id: string) => {
    try {
      const { room } = await openRoom.mutateAsync(kind === "seller" ? { seller_id: id } : { customer_id: id })
      setOpen(false)
      onOpened(room.id)
    } catch (error) {
      toast.error(errorMessage(error))
    }
  }
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" data-testid="chat-new-room">
          {t("gopang.chat.newRoom")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{t("gopang.chat.openRoom")}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-4 overflow-y-auto">
          <RadioGroup
            value={kind}
            onValueChange={(value) => setKind(value as "seller" | "customer")}
            className="flex gap-6"
          >
            <div className="flex items-center gap-2">
              <RadioGroup.Item value="seller" id="chat-kind-seller" />
              <Label htmlFor="chat-kind-seller">{t("gopang.chat.seller")}</Label>
            </div>
            <div className="flex items-center gap-2">
              <RadioGroup.Item value="customer" id="chat-kind-customer" />
              <Label htmlFor="chat-kind-customer">{t("gopang.chat.customer")}</Label>
            </div>
          </RadioGroup>
          <Input
            type="search"
            size="small"
            placeholder={t("gopang.chat.search")}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            data-testid="chat-counterpart-search"
          />
          {results.error && (
            <Text size="small" className="text-ui-fg-error">
              {errorMessage(results.error)}
            </Text>
          )}
          <div className="flex flex-col divide-y rounded-md border">
            {(results.data ?? []).map((candidate) => (
              <div
                key={candidate.id}
                className="flex items-center justify-between gap-2 px-3 py-2"
                data-testid="chat-candidate"
              >
                <Text size="small">{candidate.label}</Text>
                <Button
                  size="small"
                  variant="transparent"
                  isLoading={openRoom.isPending}
                  onClick={() => start(candidate.id)}
                  data-testid="chat-open-with"
                >
                  {t("gopang.chat.open")}
                </Button>
              </div>
            ))}
            {results.data?.length === 0 && (
              <Text size="small" className="text-ui-fg-subtle px-3 py-2">
                {t("gopang.chat.nobodyFound")}
              </Text>
            )}
          </div>
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}

const MessageBubble = ({ message }: { message: ChatMessage }) => {
  const { t } = useTranslation()
  if (message.sender_type === "system") {
    return (
      <Text size="xsmall" className="text-ui-fg-muted self-center py-1" data-testid="chat-message">
        {message.body}
      </Text>
    )
  }
  const mine = message.sender_type === "user"
  return (
    <div className={clx("flex max-w-[75%] flex-col gap-1", mine ? "self-end items-end" : "self-start")}>
      <div
        data-testid="chat-message"
        className={clx(
          "whitespace-pre-wrap break-words rounded-lg px-3 py-2 text-sm",
          mine ? "bg-ui-button-inverted text-ui-fg-on-inverted" : "bg-ui-bg-component text-ui-fg-base"
        )}
      >
        {message.body}
        {message.attachment && (
          <a href={message.attachment.url} target="_blank" rel="noreferrer">
            <img src={message.attachment.url} alt="" className="mt-2 max-h-48 rounded" />
          </a>
        )}
      </div>
      <Text size="xsmall" className="text-ui-fg-muted">
        {t(`gopang.chat.senders.${message.sender_type}`)} · {formatDateTime(message.created_at)}
      </Text>
    </div>
  )
}

const Conversation = ({ room, connection }: { room: AdminChatRoom; connection: ChatConnection }) => {
  const { t } = useTranslation()
  const { messages, error, send } = useChatConversation(connection.socket, room.id)
  const [draft, setDraft] = useState("")
  const [sending, setSending] = useState(false)
  const bottom = useRef<HTMLDivElement>(null)
  // A block body: newer browsers return a promise from scrollIntoView, which React would take
  // for a cleanup function.
  useEffect(() => {
    bottom.current?.scrollIntoView({ block: "end" })
  }, [messages.length])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const body = draft.trim()
    if (!body) {
      return
    }
    setSending(true)
    try {
      await send(body)
      setDraft("")
    } catch (e) {
      toast.error(errorMessage(e))
    } finally {
      setSending(false)
    }
  }
  const other = room.counterparts[0]
  return (
    <div className="flex h-full min-h-0 flex-col">
      <div className="flex items-center justify-between border-b px-6 py-4">
        <div>
          <Heading level="h2" data-testid="chat-room-title">
            {roomTitle(room)}
          </Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t(`gopang.chat.kinds.${room.kind}`)}
            {other?.email ? ` · ${other.email}` : ""}
            {room.subject_type ? ` · ${room.subject_type} ${room.subject_id}` : ""}
          </Text>
        </div>
        {room.status === "closed" && <Badge color="grey">{t("gopang.chat.closed")}</Badge>}
      </div>
      <div className="flex min-h-0 flex-1 flex-col gap-2 overflow-y-auto px-6 py-4" data-testid="chat-messages">
        {error && (
          <Text size="small" className="text-ui-fg-error">
            {error}
          </Text>
        )}
        {messages.map((message) => (
          <MessageBubble key={message.seq} message={message} />
        ))}
        {!messages.length && !error && (
          <Text size="small" className="text-ui-fg-subtle">
            {t("gopang.chat.noMessages")}
          </Text>
        )}
        <div ref={bottom} />
      </div>
      <form onSubmit={submit} className="flex gap-2 border-t px-6 py-4">
        <Input
          className="flex-1"
          placeholder={room.status === "closed" ? t("gopang.chat.roomClosed") : t("gopang.chat.writeMessage")}
          value={draft}
          maxLength={2000}
          disabled={room.status === "closed" || connection.state !== "connected"}
          onChange={(event) => setDraft(event.target.value)}
          data-testid="chat-input"
        />
        <Button
          type="submit"
          size="small"
          isLoading={sending}
          disabled={!draft.trim() || room.status === "closed" || connection.state !== "connected"}
          data-testid="chat-send"
        >
          {t("gopang.chat.send")}
        </Button>
      </form>
    </div>
  )
}

const ChatPage = () => {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const selectedId = params.get("room")
  const connection = useChatSocket()
  const { data, error, isLoading } = useAdminChatRooms()
  const rooms = data?.rooms ?? []
  const selected = rooms.find((room) => room.id === selectedId) ?? null
  const select = (roomId: string) => setParams({ room: roomId })

  return (
    <Container className="flex h-[calc(100vh-8rem)] min-h-[480px] flex-col p-0">
      <div className="border-b">
        <PageHeader title={t("gopang.chat.title")} description={t("gopang.chat.description")}>
          <StatusBadge
            color={connection.state === "connected" ? "green" : connection.state === "connecting" ? "orange" : "red"}
            data-testid="chat-connection"
            title={connection.error}
          >
            {t(`gopang.chat.connection.${connection.state}`)}
          </StatusBadge>
          <NewRoomDrawer onOpened={select} />
        </PageHeader>
      </div>
      <div className="grid min-h-0 flex-1 grid-cols-[320px_1fr]">
        <div className="min-h-0 overflow-y-auto border-r" data-testid="chat-rooms">
          {error && <Text className="text-ui-fg-error px-4 py-3">{errorMessage(error)}</Text>}
          {isLoading && <Text className="px-4 py-3">{t("gopang.common.loading")}</Text>}
          {!isLoading && !rooms.length && (
            <Text size="small" className="text-ui-fg-subtle px-4 py-3">
              {t("gopang.chat.noRooms")}
            </Text>
          )}
          {rooms.map((room) => (
            <button
              key={room.id}
              type="button"
              onClick={() => select(room.id)}
              data-testid="chat-room"
              data-room-id={room.id}
              className={clx(
                "hover:bg-ui-bg-base-hover flex w-full flex-col gap-1 border-b px-4 py-3 text-left",
                room.id === selectedId && "bg-ui-bg-base-pressed"
              )}
            >
              <div className="flex items-center justify-between gap-2">
                <Text size="small" weight="plus" className="truncate">
                  {roomTitle(room)}
                </Text>
                {room.unread_count > 0 && (
                  <Badge size="2xsmall" color="red" data-testid="chat-unread">
                    {room.unread_count}
                  </Badge>
                )}
              </div>
              <div className="flex items-center gap-2">
                <Badge size="2xsmall">{t(`gopang.chat.kinds.${room.kind}`)}</Badge>
                {room.status === "closed" && (
                  <Badge size="2xsmall" color="grey">
                    {t("gopang.chat.closed")}
                  </Badge>
                )}
              </div>
              <Text size="xsmall" className="text-ui-fg-subtle truncate">
                {room.last_message?.body ?? t("gopang.chat.noMessagesPreview")}
              </Text>
            </button>
          ))}
        </div>
        <div className="min-h-0">
          {selected ? (
            <Conversation key={selected.id} room={selected} connection={connection} />
          ) : (
            <div className="flex h-full items-center justify-center">
              <Text className="text-ui-fg-subtle">{t("gopang.chat.chooseRoom")}</Text>
            </div>
          )}
        </div>
      </div>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "gopang.nav.chat", translationNs: "translation", icon: ChatBubbleLeftRight })

export default ChatPage
