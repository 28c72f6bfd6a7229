"use strict"
const crypto = require("node:crypto")
const fs = require("node:fs")
const path = require("node:path")

const INPUTS = ["src", "medusa-config.ts", "package-lock.json", "tsconfig.json"]
const SKIP = new Set(["node_modules", "__tests__", ".DS_Store"])

/** A hash over everything `medusa build` reads, so `npm start` rebuilds only when it changed. */
function sourceHash(root) {
  const hash = crypto.createHash("sha256")
  const visit = (file) => {
    if (!fs.existsSync(file)) {
      return
    }
    const stat = fs.statSync(file)
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(file).sort()) {
        if (!SKIP.has(entry)) {
          visit(path.join(file, entry))
        }
      }
      return
    }
    hash.update(path.relative(root, file))
    hash.update(fs.readFileSync(file))
  }
  INPUTS.forEach((input) => visit(path.join(root, input)))
  return hash.digest("hex")
}

module.exports = { sourceHash }
