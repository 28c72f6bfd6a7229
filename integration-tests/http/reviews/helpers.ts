import sharp from "sharp"

export type Upload = { name: string; type: string; bytes: Buffer }
export type Json = Record<string, any>

/** A real image of the given format, wide enough for a 320 px thumbnail. */
export async function image(format: "jpeg" | "png" | "webp", name = `photo.${format === "jpeg" ? "jpg" : format}`): Promise<Upload> {
  const base = sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 200, g: 80, b: 40 } } })
  const bytes = await base[format]().toBuffer()
  return { name, type: `image/${format}`, bytes }
}

/** multipart/form-data through fetch (Node's FormData), answering status and JSON body. */
export async function sendMultipart(
  baseUrl: string,
  method: "POST" | "PUT",
  path: string,
  token: string,
  fields: Record<string, string | string[]>,
  files: Upload[] = []
): Promise<{ status: number; data: Json }> {
  const form = new FormData()
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      form.append(key, item)
    }
  }
  for (const file of files) {
    form.append("images", new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name)
  }
  const response = await fetch(`${baseUrl}${path}`, { method, body: form, headers: { authorization: `Bearer ${token}` } })
  return { status: response.status, data: (await response.json()) as Json }
}

/** Object keys in an S3 bucket (s3rver answers anonymous ListObjectsV2). */
export async function bucketKeys(endpoint: string, bucket: string): Promise<string[]> {
  const response = await fetch(`${endpoint}/${bucket}?list-type=2&max-keys=1000`)
  const xml = await response.text()
  return [...xml.matchAll(/<Key>([^<]+)<\/Key>/g)].map((match) => decodeURIComponent(match[1]))
}
