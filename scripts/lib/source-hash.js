"use strict"
const crypto = require("node:crypto")
const fs = require("node:fs")
const path = require("node:path")

const INPUTS = ["src", "medusa-config.ts", "package-lock.json", "tsconfig.json"]
const SKIP = new Set(["node_modules", "__tests__", ".DS_Store"])

/**
 * A hash over the files below `inputs` (relative to `root`; missing ones are skipped), names and
 * contents, in a stable order. Folders named in `skip` are passed over.
 */
function treeHash(root, inputs, skip = SKIP) {
  const hash = crypto.createHash("sha256")
  const visit = (file) => {
    if (!fs.existsSync(file)) {
      return
    }
    const stat = fs.statSync(file)
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(file).sort()) {
        if (!skip.has(entry)) {
          visit(path.join(file, entry))
        }
      }
      return
    }
    hash.update(path.relative(root, file))
    hash.update(fs.readFileSync(file))
  }
  inputs.forEach((input) => visit(path.join(root, input)))
  return hash.digest("hex")
}

/** A hash over everything `medusa build` reads, so `npm start` rebuilds only when it changed. */
function sourceHash(root) {
  return treeHash(root, INPUTS)
}

/**
 * A hash over what shapes a migrated, seeded database: the sources but the dashboard, plus
 * whatever else the caller's database is made from (its fixtures, its maker).
 */
function databaseHash(root, extraInputs = []) {
  return treeHash(root, ["src", "medusa-config.ts", "package-lock.json", ...extraInputs], new Set([...SKIP, "admin"]))
}

module.exports = { sourceHash, databaseHash }
