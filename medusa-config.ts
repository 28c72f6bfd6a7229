import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import {
  infrastructureFeatureFlags,
  infrastructureModules,
} from "./src/config/infrastructure"
import { portOneOptionsForStart } from "./src/config/portone"
import { chatModuleOptions } from "./src/modules/chat/config"
import { fileModuleRegistration } from "./src/config/file"
import { httpSecretsFromEnv } from "./src/config/secrets"
import { aftersalesOptionsFromEnv } from "./src/modules/aftersales/options"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// PortOne is registered only when keys are configured (or `npm start` runs its demo server);
// `medusa start` in production without keys and without PORTONE_DEMO=true refuses to start.
const portOne = portOneOptionsForStart()

const devCors = "http://localhost:8000,http://localhost:9000,http://localhost:5173"

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl: process.env.REDIS_URL,
    workerMode: process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server" | undefined,
    http: {
      storeCors: process.env.STORE_CORS || devCors,
      adminCors: process.env.ADMIN_CORS || devCors,
      authCors: process.env.AUTH_CORS || devCors,
      // In production a missing or well-known secret stops the process (src/config/secrets.ts);
      // `npm start` generates real ones.
      ...httpSecretsFromEnv(),
      // Sellers sign in with e-mail and password only (POST /api/v1/seller/login).
      authMethodsPerActor: { seller: ["emailpass"] },
    },
    // `npm start` serves plain HTTP on localhost, where a Secure session cookie would never be
    // set; it passes COOKIE_SECURE=false. Anything else keeps Medusa's own choice.
    ...(process.env.COOKIE_SECURE === "false" ? { cookieOptions: { secure: false, sameSite: "lax" as const } } : {}),
  },
  admin: {
    disable: process.env.ADMIN_DISABLED === "true",
    backendUrl: process.env.MEDUSA_BACKEND_URL || "/",
  },
  featureFlags: infrastructureFeatureFlags(),
  modules: [
    ...infrastructureModules(),
    { resolve: "./src/modules/auth-guard" },
    { resolve: "./src/modules/catalog" },
    { resolve: "./src/modules/terms" },
    { resolve: "./src/modules/seller" },
    { resolve: "./src/modules/order-group" },
    {
      resolve: "@medusajs/medusa/fulfillment",
      options: {
        providers: [
          // Returns are collected by hand (반품 회수); parcels are priced per seller by 고팡 택배.
          { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
          { resolve: "./src/modules/delivery", id: "delivery" },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/payment",
      options: {
        // Medusa delays webhook processing so that the synchronous flow wins a race with it.
        webhook_delay: Number(process.env.PAYMENT_WEBHOOK_DELAY_MS || 5000),
        providers: portOne ? [{ resolve: "./src/modules/portone", id: "portone", options: portOne }] : [],
      },
    },
    // Counselling chat; its socket.io server listens on CHAT_PORT (see README, "Counselling chat").
    { resolve: "./src/modules/chat", options: chatModuleOptions() },
    // Review photos and uploads: S3 with S3_BUCKET, else local files (see README, "Reviews").
    fileModuleRegistration(),
    { resolve: "./src/modules/review" },
    // Returns and exchanges; request windows from AFTERSALES_*_DAYS (README, "Returns and exchanges").
    { resolve: "./src/modules/aftersales", options: aftersalesOptionsFromEnv() },
  ],
})
