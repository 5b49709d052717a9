// Reading a request body, within a size limit, without trusting the client to finish.

/**
 * The body as text; `{ tooLarge: true }` past `limit` bytes (the rest is not read); `{ aborted: true }` when
 * the client hung up before it was all there.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} limit
 * @returns {Promise<{ text: string } | { tooLarge: true } | { aborted: true }>}
 */
export async function readBody(req, limit) {
  const chunks = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      size += chunk.length;
      if (size > limit) return { tooLarge: true };
      chunks.push(chunk);
    }
  } catch (error) {
    if (error?.code === 'ECONNRESET' || req.destroyed) return { aborted: true };
    throw error;
  }
  if (!req.complete) return { aborted: true };
  return { text: Buffer.concat(chunks).toString('utf8') };
}
