import type { Logger, PaymentProviderContext } from "@medusajs/framework/types"
import { MedusaError, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { gatewayFlow, type PortOneGateway } from "../gateways/gateway"
import { PortOneV1Gateway } from "../gateways/v1"
import { PortOneV2Gateway } from "../gateways/v2"
import type { PortOneOptions } from "../options"
import { PORTONE_SHARE_CONTEXT_KEY, PortOneProviderService, type PortOnePaymentData, type PortOneShareContext } from "../service"

const logger: Logger = {
  panic: jest.fn(),
  shouldLog: () => false,
  setLogLevel: jest.fn(),
  unsetLogLevel: jest.fn(),
  activity: () => "",
  progress: jest.fn(),
  error: jest.fn(),
  failure: jest.fn(),
  success: () => ({}),
  silly: jest.fn(),
  debug: jest.fn(),
  verbose: jest.fn(),
  http: jest.fn(),
  info: jest.fn(),
  warn: jest.fn(),
  log: jest.fn(),
}

// Nothing listens there: a gateway that reached the network would fail the test.
const v1 = { baseUrl: "http://127.0.0.1:9", impKey: "key", impSecret: "secret" }
const v2 = { baseUrl: "http://127.0.0.1:9", apiSecret: "secret", storeId: "store-1", channelKey: "channel-1" }
const options = (overrides: Partial<PortOneOptions> = {}): PortOneOptions => ({ v1, v2, timeoutMs: 100, defaultFlow: "keyed", demo: true, ...overrides })

const SESSION = "payses_01JC9Z7Q8R2X3V4W5Y6T7N8M9P"
const PORTONE_ID = "gp01JC9Z7Q8R2X3V4W5Y6T7N8M9P"

const sessionData = (flow: PortOnePaymentData["flow"], extra: Partial<PortOnePaymentData> = {}): PortOnePaymentData => ({
  session_id: SESSION,
  flow,
  amount: 10_000,
  currency: "KRW",
  merchant_uid: PORTONE_ID,
  payment_id: PORTONE_ID,
  attempt: 0,
  ...extra,
})

/** Every gateway operation, stubbed on both gateways, so each test sees which one was called. */
function stubGateways() {
  const ops = ["registerExpectedAmount", "authorize", "refund", "void", "lookup", "webhook"] as const
  const spy = (gateway: PortOneGateway) => ({
    registerExpectedAmount: jest.spyOn(gateway, "registerExpectedAmount").mockResolvedValue(undefined),
    authorize: jest.spyOn(gateway, "authorize").mockResolvedValue({ status: PaymentSessionStatus.PENDING, data: {} }),
    refund: jest.spyOn(gateway, "refund").mockImplementation(async (data) => data),
    void: jest.spyOn(gateway, "void").mockImplementation(async (data) => data),
    lookup: jest.spyOn(gateway, "lookup").mockImplementation(async (data) => data),
    webhook: jest.spyOn(gateway, "webhook").mockResolvedValue({ action: PaymentActions.NOT_SUPPORTED }),
  })
  const stubs = { v1: spy(PortOneV1Gateway.prototype), v2: spy(PortOneV2Gateway.prototype) }
  const called = () =>
    (["v1", "v2"] as const).flatMap((version) => ops.filter((op) => stubs[version][op].mock.calls.length > 0).map((op) => `${version}.${op}`))
  return { stubs, called }
}

afterEach(() => jest.restoreAllMocks())

describe("gatewayFlow", () => {
  it("sends V2 browser payments to V2 and everything else to V1", () => {
    expect(gatewayFlow("v2_browser")).toEqual("v2")
    expect(gatewayFlow("v1_browser")).toEqual("v1")
    expect(gatewayFlow("keyed")).toEqual("v1")
  })
})

describe("the provider picks the gateway by the session's flow", () => {
  it("registers the amount with the gateway of the chosen flow, or of the default flow", async () => {
    const cases = [
      ["keyed", "v1"],
      ["v1_browser", "v1"],
      ["v2_browser", "v2"],
      ["not-a-flow", "v1"],
    ] as const
    for (const [flow, version] of cases) {
      const { stubs, called } = stubGateways()
      const provider = new PortOneProviderService({ logger }, options())
      const { data } = await provider.initiatePayment({ amount: 10_000, currency_code: "krw", data: { session_id: SESSION, flow } })
      expect(called()).toEqual([`${version}.registerExpectedAmount`])
      expect(stubs[version].registerExpectedAmount).toHaveBeenCalledWith(PORTONE_ID, 10_000)
      expect(data).toEqual(
        sessionData(flow === "not-a-flow" ? "keyed" : flow, version === "v2" ? { store_id: "store-1", channel_key: "channel-1" } : {})
      )
      jest.restoreAllMocks()
    }
  })

  it("overwrites what the client sent and registers nothing for a share of a purchase", async () => {
    const { called } = stubGateways()
    const provider = new PortOneProviderService({ logger }, options())
    const share: PortOneShareContext = { merchant_uid: "gpPURCHASE", group_total: 30_000, flow: "v2_browser" }
    const { data } = await provider.initiatePayment({
      amount: 10_000,
      currency_code: "krw",
      data: { session_id: SESSION, status: "paid", imp_uid: "imp_forged" },
      context: { [PORTONE_SHARE_CONTEXT_KEY]: share } as PaymentProviderContext,
    })
    expect(called()).toEqual([])
    expect(data).toEqual({ ...sessionData("v2_browser", { merchant_uid: "gpPURCHASE", payment_id: "gpPURCHASE", group_total: 30_000 }) })
    expect(data).toHaveProperty("status", undefined)
    expect(data).toHaveProperty("imp_uid", undefined)
  })

  it("authorizes, refunds, voids and looks up through the session's gateway", async () => {
    for (const [flow, version] of [
      ["keyed", "v1"],
      ["v1_browser", "v1"],
      ["v2_browser", "v2"],
    ] as const) {
      const { stubs, called } = stubGateways()
      const provider = new PortOneProviderService({ logger }, options())
      const data = sessionData(flow, { paid_amount: 10_000, cancelled_amount: 3_000 })
      await provider.authorizePayment({ data, context: { idempotency_key: "k" } })
      await provider.refundPayment({ data, amount: 2_000 })
      await provider.cancelPayment({ data, context: { idempotency_key: "void-key" } })
      await provider.retrievePayment({ data })
      expect(called()).toEqual([`${version}.authorize`, `${version}.refund`, `${version}.void`, `${version}.lookup`])
      expect(stubs[version].refund).toHaveBeenCalledWith(data, {
        amount: 2_000,
        balance: 7_000,
        cancelled: 3_000,
        idempotencyKey: `refund-${PORTONE_ID}-3000-2000`,
      })
      expect(stubs[version].void).toHaveBeenCalledWith(data, "void-key")
      jest.restoreAllMocks()
    }
  })

  it("settles nothing again for a paid session and checks refunds before any gateway", async () => {
    const { called } = stubGateways()
    const provider = new PortOneProviderService({ logger }, options())
    const paid = sessionData("v2_browser", { status: "paid", paid_amount: 10_000, cancelled_amount: 0 })
    expect(await provider.authorizePayment({ data: paid })).toEqual({ status: PaymentSessionStatus.CAPTURED, data: paid })
    await expect(provider.refundPayment({ data: paid, amount: 10_001 })).rejects.toThrow("exceeds the cancellable balance of 10000")
    expect(called()).toEqual([])
  })

  it("reads webhooks with the gateway their headers name", async () => {
    const { called } = stubGateways()
    const provider = new PortOneProviderService({ logger }, options())
    await provider.getWebhookActionAndData({ data: {}, rawData: "{}", headers: { "webhook-id": "wh_1" } })
    expect(called()).toEqual(["v2.webhook"])
    jest.restoreAllMocks()

    const second = stubGateways()
    await provider.getWebhookActionAndData({ data: { imp_uid: "imp_1" }, rawData: "", headers: {} })
    expect(second.called()).toEqual(["v1.webhook"])
  })
})

describe("a generation without keys", () => {
  it("is refused only when a call would need it", async () => {
    const v2Only = new PortOneProviderService({ logger }, options({ v1: undefined, defaultFlow: "v2_browser" }))
    const refusal = v2Only.initiatePayment({ amount: 1_000, currency_code: "krw", data: { session_id: SESSION, flow: "keyed" } })
    await expect(refusal).rejects.toThrow(new MedusaError(MedusaError.Types.NOT_ALLOWED, "PortOne V1 is not configured (PORTONE_IMP_KEY, PORTONE_IMP_SECRET)"))
    // A V1 browser payment the shopper has not made yet needs no call to PortOne.
    const waiting = sessionData("v1_browser")
    expect(await v2Only.authorizePayment({ data: waiting })).toEqual({ status: PaymentSessionStatus.REQUIRES_MORE, data: waiting })
    // An unsigned (V1) webhook is ignored when V1 is not configured.
    expect(await v2Only.getWebhookActionAndData({ data: { imp_uid: "imp_1" }, rawData: "", headers: {} })).toEqual({
      action: PaymentActions.NOT_SUPPORTED,
    })

    const v1Only = new PortOneProviderService({ logger }, options({ v2: undefined }))
    await expect(v1Only.retrievePayment({ data: sessionData("v2_browser") })).rejects.toThrow("PortOne V2 is not configured (PORTONE_API_SECRET)")
  })
})
