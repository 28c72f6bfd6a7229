/**
 * A file name shown back to people (an uploaded file's original name): its last path part only
 * (`C:\Users\kim\상세.html` and `../../상세.html` both become `상세.html`), no control
 * characters, 255 characters at most; `fallback` when nothing is left.
 */
export function safeFileName(name: string, fallback = "file"): string {
  const base = name.split(/[\\/]/).pop() ?? ""
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, "").trim()
  return (cleaned && cleaned !== "." && cleaned !== ".." ? cleaned : fallback).slice(0, 255)
}
