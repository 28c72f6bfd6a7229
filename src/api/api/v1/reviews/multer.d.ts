/** The part of multer 2.x (memory storage) the review upload uses; multer ships no types. */
declare module "multer" {
  import type { RequestHandler } from "express"

  namespace multer {
    interface File {
      fieldname: string
      originalname: string
      encoding: string
      mimetype: string
      size: number
      buffer: Buffer
    }
    interface Options {
      storage?: StorageEngine
      limits?: { fieldNameSize?: number; fieldSize?: number; fields?: number; fileSize?: number; files?: number; parts?: number }
      defParamCharset?: string
    }
    interface StorageEngine {}
    interface Instance {
      array(fieldName: string, maxCount?: number): RequestHandler
    }
    class MulterError extends Error {
      code: string
      field?: string
      filename?: string
    }
    function memoryStorage(): StorageEngine
  }

  function multer(options?: multer.Options): multer.Instance
  export = multer
}
