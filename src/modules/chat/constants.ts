export const CHAT_MODULE = "chat"
