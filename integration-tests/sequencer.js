const Sequencer = require("@jest/test-sequencer").default

/**
 * Jest's own order (failed first, then slowest by the timings it cached) with the browser spec
 * at the head: on a fresh clone there are no timings, and the browser spec (a `medusa build` and
 * a server of its own) is the longest, so starting it last would leave one worker idle at the end.
 */
class GopangSequencer extends Sequencer {
  sort(tests) {
    const ordered = super.sort(tests)
    const weight = (test) => (test.path.includes(`${require("node:path").sep}e2e${require("node:path").sep}`) ? 0 : 1)
    return [...ordered].sort((a, b) => weight(a) - weight(b))
  }
}

module.exports = GopangSequencer
