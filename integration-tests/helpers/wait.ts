/**
 * Reads until `done` holds (or about ten seconds pass) and returns the last value read, for
 * effects that subscribers apply after the request that caused them has answered. The caller
 * asserts on the value, so a timeout fails the test with what was actually seen.
 */
export async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const value = await read()
    if (done(value) || attempt > 50) {
      return value
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}
