/**
 * The JWT and cookie secrets. Medusa itself refuses only an empty secret, so a process started
 * with a well-known one would accept forged admin, seller and customer tokens (on the API and on
 * the chat socket). In production (`medusa start` runs with NODE_ENV=production, server and
 * worker alike) a missing, known or short secret stops the process with a message naming the
 * variable; `npm start` generates real ones in `.data/secrets.json`. Development and tests get a
 * fixed secret that can never pass the production check.
 */
export const KNOWN_SECRETS = ["supersecret", "secret", "changeme", "change-me", "password", "medusa", "jwt_secret", "cookie_secret"]
export const MIN_SECRET_LENGTH = 32
const DEVELOPMENT_SECRET = "supersecret"

export type HttpSecrets = { jwtSecret: string; cookieSecret: string }

export class InsecureSecretError extends Error {}

/** `medusa build` needs the configuration but no secret: it is the one production command exempt. */
function isBuildCommand(argv: string[]): boolean {
  return argv.slice(2).includes("build")
}

export function httpSecretsFromEnv(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv): HttpSecrets {
  const production = env.NODE_ENV === "production" && !isBuildCommand(argv)
  const read = (name: "JWT_SECRET" | "COOKIE_SECRET"): string => {
    const value = env[name]
    if (!production) {
      return value || DEVELOPMENT_SECRET
    }
    const problem = !value
      ? "is not set"
      : KNOWN_SECRETS.includes(value.toLowerCase())
        ? "is a well-known default"
        : value.length < MIN_SECRET_LENGTH
          ? `is shorter than ${MIN_SECRET_LENGTH} characters`
          : undefined
    if (problem) {
      throw new InsecureSecretError(
        `Gopang refuses to start: ${name} ${problem}. Set it to a long random value ` +
          `(e.g. \`openssl rand -hex 32\`) in every server and worker; \`npm start\` keeps generated ones in .data/secrets.json.`
      )
    }
    return value!
  }
  return { jwtSecret: read("JWT_SECRET"), cookieSecret: read("COOKIE_SECRET") }
}
