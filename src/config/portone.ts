import { type PortOneOptions, portOneOptionsFromEnv } from "../modules/portone/options"

/**
 * PortOne for `medusa start`. Without keys the PortOne provider is not registered, and `npm start`
 * then runs its local PortOne test server (demo mode, no real money). A production process
 * (`medusa start`, server or worker, runs with NODE_ENV=production) that has neither keys nor the
 * explicit switch PORTONE_DEMO=true stops with a message naming the variables: a shop in a
 * container never takes orders it cannot charge, and demo mode is never the silent default.
 * Other commands (`medusa build`, `db:migrate`, `exec`) take no payment and are not refused.
 */
export class PortOneNotConfiguredError extends Error {}

function isStartCommand(argv: string[]): boolean {
  return argv.slice(2)[0] === "start"
}

export function portOneOptionsForStart(
  env: NodeJS.ProcessEnv = process.env,
  argv: string[] = process.argv
): PortOneOptions | undefined {
  const options = portOneOptionsFromEnv(env)
  if (options || env.NODE_ENV !== "production" || !isStartCommand(argv) || env.PORTONE_DEMO === "true") {
    return options
  }
  const half = env.PORTONE_IMP_KEY
    ? " (PORTONE_IMP_KEY is set without PORTONE_IMP_SECRET)"
    : env.PORTONE_IMP_SECRET
      ? " (PORTONE_IMP_SECRET is set without PORTONE_IMP_KEY)"
      : ""
  throw new PortOneNotConfiguredError(
    `Gopang refuses to start: no PortOne keys${half}. Set PORTONE_IMP_KEY and PORTONE_IMP_SECRET (V1) ` +
      `and/or PORTONE_API_SECRET (V2) in every server and worker, or PORTONE_DEMO=true to run without ` +
      `real payments (demo mode; \`npm start\` sets it and runs the local PortOne test server).`
  )
}
