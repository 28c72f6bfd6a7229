import fs from "node:fs"
import path from "node:path"
import { type Browser, chromium, type ConsoleMessage, type Page } from "playwright-core"

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
export const SCREENSHOT_DIR = path.join(__dirname, "screenshots")

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium package (apt-get install -y chromium)`)
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
  })
}

/**
 * Errors the page reported: console errors and uncaught exceptions. A test fails on any of them.
 * The one expected error is the dashboard's first session probe before the operator signs in.
 */
export class ConsoleErrors {
  private errors: string[] = []

  constructor(page: Page) {
    page.on("console", (message: ConsoleMessage) => {
      if (message.type() === "error") {
        this.errors.push(`${message.text()} (${message.location().url})`)
      }
    })
    page.on("pageerror", (error) => this.errors.push(`uncaught: ${error.stack ?? error.message}`))
  }

  /** Returns and forgets what was collected. */
  take(ignore: RegExp[] = []): string[] {
    const taken = this.errors.filter((error) => !ignore.some((pattern) => pattern.test(error)))
    this.errors = []
    return taken
  }
}

/** Saves `<name>.png` (the page after its check) or `<name>-failure.png` under screenshots/. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const file = path.join(SCREENSHOT_DIR, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true }).catch(() => undefined)
  return file
}

/** Signs in on the dashboard's login form, as an operator would. */
export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/app/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.startsWith("/app/login"), { timeout: 60_000 })
}

/** A JSON client for checking effects through the HTTP API. */
export class Api {
  constructor(private readonly baseUrl: string, private authorization?: string) {}

  static async asAdmin(baseUrl: string, email: string, password: string): Promise<Api> {
    const { token } = await new Api(baseUrl).post<{ token: string }>("/auth/user/emailpass", { email, password })
    return new Api(baseUrl, `Bearer ${token}`)
  }

  withBearer(token: string): Api {
    return new Api(this.baseUrl, `Bearer ${token}`)
  }

  async request<T>(method: string, route: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}${route}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...(this.authorization ? { authorization: this.authorization } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    if (!response.ok) {
      throw new Error(`${method} ${route} answered ${response.status}: ${text}`)
    }
    return (text ? JSON.parse(text) : undefined) as T
  }

  get<T>(route: string): Promise<T> {
    return this.request<T>("GET", route)
  }

  post<T>(route: string, body: unknown = {}): Promise<T> {
    return this.request<T>("POST", route, body)
  }
}

/** Retries an assertion until it holds or `timeoutMs` passes; then fails with its last error. */
export async function eventually(assertion: () => Promise<void>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      await assertion()
      return
    } catch (error) {
      if (Date.now() > deadline) {
        throw error
      }
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
}
