/** The part of s3rver 3.x the review tests use; s3rver ships no types. */
declare module "s3rver" {
  import type { AddressInfo } from "node:net"

  type S3rverOptions = {
    address?: string
    port?: number
    silent?: boolean
    directory?: string
    resetOnClose?: boolean
    configureBuckets?: { name: string }[]
  }

  export default class S3rver {
    constructor(options?: S3rverOptions)
    run(): Promise<AddressInfo>
    close(): Promise<void>
  }
}
