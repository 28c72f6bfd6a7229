import { spawn } from "node:child_process"
import crypto from "node:crypto"
import path from "node:path"

const ROOT = path.resolve(__dirname, "..", "..", "..")

export const strong = () => crypto.randomBytes(32).toString("hex")

/**
 * `medusa start`, server or worker, as a container would run it; resolves when it exits or, once
 * it prints `until`, after stopping it.
 */
export function medusaStart(env: Record<string, string>, until?: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(ROOT, "node_modules", ".bin", "medusa"), ["start"], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "/tmp",
        NODE_ENV: "production",
        MEDUSA_DISABLE_TELEMETRY: "true",
        // Nothing listens there: a process that gets past its configuration fails on this instead.
        DATABASE_URL: "postgres://gopang@127.0.0.1:1/none",
        ...env,
      },
    })
    let output = ""
    const collect = (chunk: Buffer) => {
      output += chunk
      if (until && output.includes(until)) {
        child.kill("SIGKILL")
      }
    }
    child.stdout.on("data", collect)
    child.stderr.on("data", collect)
    const killer = setTimeout(() => child.kill("SIGKILL"), 90_000)
    child.on("exit", (status) => {
      clearTimeout(killer)
      resolve({ status, output })
    })
  })
}
