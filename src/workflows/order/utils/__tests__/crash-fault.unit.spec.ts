import { crashFaultEnabled, faultAfterCharge } from "../crash-fault"
import { RECONCILE_AFTER_MS, reconcileAfterMs } from "../reconcile-order-groups"

describe("the test-only crash fault after the PortOne charge", () => {
  it("is on only with both variables at their exact values", () => {
    expect(crashFaultEnabled({})).toBe(false)
    expect(crashFaultEnabled({ GOPANG_FAULT_AFTER_CHARGE: "kill" })).toBe(false)
    expect(crashFaultEnabled({ GOPANG_TEST_FAULTS: "enabled" })).toBe(false)
    expect(crashFaultEnabled({ GOPANG_TEST_FAULTS: "true", GOPANG_FAULT_AFTER_CHARGE: "kill" })).toBe(false)
    expect(crashFaultEnabled({ GOPANG_TEST_FAULTS: "enabled", GOPANG_FAULT_AFTER_CHARGE: "1" })).toBe(false)
    expect(crashFaultEnabled({ GOPANG_TEST_FAULTS: "enabled", GOPANG_FAULT_AFTER_CHARGE: "kill" })).toBe(true)
  })

  it("does nothing to this process when it is off", () => {
    const kill = jest.spyOn(process, "kill").mockImplementation(() => true)
    try {
      faultAfterCharge("og_test")
      expect(kill).not.toHaveBeenCalled()
    } finally {
      kill.mockRestore()
    }
  })
})

describe("the reconciliation bound", () => {
  it("is 10 minutes unless GOPANG_RECONCILE_AFTER_MS names whole milliseconds", () => {
    expect(reconcileAfterMs({})).toEqual(RECONCILE_AFTER_MS)
    expect(RECONCILE_AFTER_MS).toEqual(600_000)
    expect(reconcileAfterMs({ GOPANG_RECONCILE_AFTER_MS: "0" })).toEqual(0)
    expect(reconcileAfterMs({ GOPANG_RECONCILE_AFTER_MS: " 120000 " })).toEqual(120_000)
    expect(() => reconcileAfterMs({ GOPANG_RECONCILE_AFTER_MS: "10m" })).toThrow(/GOPANG_RECONCILE_AFTER_MS/)
    expect(() => reconcileAfterMs({ GOPANG_RECONCILE_AFTER_MS: "-1" })).toThrow(/GOPANG_RECONCILE_AFTER_MS/)
  })
})
