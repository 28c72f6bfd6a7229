import { chatModuleOptions } from "../config"

describe("chatModuleOptions", () => {
  it("defaults to port 9001, no Redis, 5 messages a second and 2,000 characters", () => {
    expect(chatModuleOptions({})).toEqual({
      realtime: {
        enabled: true,
        port: 9001,
        host: undefined,
        redisUrl: undefined,
        redisPrefix: "gopang:chat",
        extraCors: undefined,
        messagesPerSecond: 5,
        maxBodyLength: 2000,
      },
    })
  })

  it("takes the shared REDIS_URL unless the chat has its own, and port 0 for tests", () => {
    const shared = chatModuleOptions({ REDIS_URL: "redis://shared:6379", CHAT_PORT: "0" }).realtime
    expect([shared.redisUrl, shared.port]).toEqual(["redis://shared:6379", 0])
    const own = chatModuleOptions({ REDIS_URL: "redis://shared:6379", CHAT_REDIS_URL: "redis://chat:6379" })
    expect(own.realtime.redisUrl).toEqual("redis://chat:6379")
    expect(chatModuleOptions({ CHAT_REALTIME: "false" }).realtime.enabled).toBe(false)
  })

  it("picks any free port under test runners unless told otherwise", () => {
    expect(chatModuleOptions({ NODE_ENV: "test" }).realtime.port).toEqual(0)
    expect(chatModuleOptions({ NODE_ENV: "test", CHAT_PORT: "9100" }).realtime.port).toEqual(9100)
  })

  it("refuses a port that is not one", () => {
    expect(() => chatModuleOptions({ CHAT_PORT: "http" })).toThrow()
    expect(() => chatModuleOptions({ CHAT_PORT: "70000" })).toThrow()
  })
})
