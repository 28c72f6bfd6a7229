/**
 * A test-only fault point for the crash-safety test (integration-tests/e2e/crash.spec.ts): the
 * process kills itself with SIGKILL right after the PortOne charge of a purchase, before any order
 * exists, as a power cut or an OOM kill would. That is the window the reconciliation job
 * (reconcile-order-groups) exists for, and a real kill is the only honest way to show it works.
 *
 * It does nothing unless BOTH variables are set, exactly:
 *   GOPANG_TEST_FAULTS=enabled            the process is a test server (a deliberate second switch)
 *   GOPANG_FAULT_AFTER_CHARGE=kill        which fault
 * A NODE_ENV check cannot be the guard: the test runs the built server with NODE_ENV=production,
 * as deployed. Two variables with fixed values mean one stray or mistyped setting cannot turn it
 * on. Neither is in .env.template, the README's environment table or `npm start`; the README
 * names them once, beside the reconciliation, only to say they are never to be set elsewhere.
 */
export const TEST_FAULTS_ENV = "GOPANG_TEST_FAULTS"
export const FAULT_AFTER_CHARGE_ENV = "GOPANG_FAULT_AFTER_CHARGE"

export function crashFaultEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[TEST_FAULTS_ENV] === "enabled" && env[FAULT_AFTER_CHARGE_ENV] === "kill"
}

/** After the PortOne charge: SIGKILL this process when the test fault is on, else nothing. */
export function faultAfterCharge(merchantUid: string): void {
  if (!crashFaultEnabled()) {
    return
  }
  process.stderr.write(`[test fault] ${FAULT_AFTER_CHARGE_ENV}=kill: SIGKILL after charging ${merchantUid}\n`)
  process.kill(process.pid, "SIGKILL")
}
