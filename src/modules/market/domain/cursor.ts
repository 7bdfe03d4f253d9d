// Keyset pagination over (publishedAt desc, id desc): stable while new items arrive,
// unlike page offsets. The cursor is opaque base64url of "<ISO time>|<id>".
export type Cursor = { publishedAt: Date; id: string };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.publishedAt.toISOString()}|${cursor.id}`, "utf8").toString("base64url");
}

export function decodeCursor(value: string | null | undefined): Cursor | null {
  if (!value || value.length > 200) return null;
  const decoded = Buffer.from(value, "base64url").toString("utf8");
  const [iso, id] = decoded.split("|");
  if (!iso || !id || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null;
  const publishedAt = new Date(iso);

  return Number.isNaN(publishedAt.getTime()) ? null : { publishedAt, id };
}
