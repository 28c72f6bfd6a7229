import type { ChatSocketServer } from "./server"

/**
 * The socket.io server of this process, registered by the module loader so that the service can
 * broadcast REST-side changes (room closed, read marks) and close the server on shutdown. Empty in
 * worker processes and wherever the server did not start.
 */
export class ChatRealtimeHolder {
  private server_: ChatSocketServer | null = null

  set(server: ChatSocketServer): void {
    this.server_ = server
  }

  get server(): ChatSocketServer | null {
    return this.server_
  }

  /** The port the socket.io server listens on, or null when it does not run in this process. */
  get port(): number | null {
    return this.server_?.port ?? null
  }

  async close(): Promise<void> {
    const server = this.server_
    this.server_ = null
    await server?.close()
  }
}
