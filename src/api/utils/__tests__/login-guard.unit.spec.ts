import type { MedusaRequest } from "@medusajs/framework/http"
import { clientAddress, loginKeys } from "../login-guard"

const request = (socket: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress: socket }, headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {} }) as unknown as MedusaRequest

describe("clientAddress", () => {
  it("is the socket's address unless TRUST_PROXY says how many proxies are ours", () => {
    expect(clientAddress(request("10.0.0.9", "6.6.6.6"), {})).toEqual("10.0.0.9")
  })

  it("takes the address the outermost trusted proxy saw, ignoring what the client prepended", () => {
    // client 203.0.113.7 sent a forged "6.6.6.6"; one balancer (10.0.0.9) appended the real one
    expect(clientAddress(request("10.0.0.9", "6.6.6.6, 203.0.113.7"), { TRUST_PROXY: "1" })).toEqual("203.0.113.7")
    expect(clientAddress(request("10.0.0.9", "6.6.6.6, 203.0.113.7, 10.0.0.8"), { TRUST_PROXY: "2" })).toEqual("203.0.113.7")
    expect(clientAddress(request("10.0.0.9"), { TRUST_PROXY: "1" })).toEqual("10.0.0.9")
  })
})

describe("loginKeys", () => {
  it("keys an account by actor and normalised e-mail", () => {
    expect(loginKeys("seller", "  Kim@Gopang.KR ").account).toEqual("seller:kim@gopang.kr")
    expect(loginKeys("customer", "kim@gopang.kr").account).not.toEqual(loginKeys("seller", "kim@gopang.kr").account)
  })
})
