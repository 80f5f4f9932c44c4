/**
 * Server messages prepared once for every subscriber: serialized once (PROTOCOL.md P6), and framed as a
 * WebSocket text frame once, so fanning out to thousands of screens is one buffer write per socket.
 */

/** RFC 6455 §5.2 header of a final, unmasked text frame carrying `length` payload bytes. */
export function textFrameHeader(length: number): Buffer {
  if (length < 126) return Buffer.from([0x81, length]);
  if (length < 0x10000) {
    const h = Buffer.alloc(4);
    h[0] = 0x81;
    h[1] = 126;
    h.writeUInt16BE(length, 2);
    return h;
  }
  const h = Buffer.alloc(10);
  h[0] = 0x81;
  h[1] = 127;
  h.writeBigUInt64BE(BigInt(length), 2);
  return h;
}

export class OutFrame {
  private wireBytes: Buffer | null = null;
  constructor(readonly text: string) {}

  /** The complete unmasked text frame (servers never mask), built on first use. */
  wire(): Buffer {
    if (!this.wireBytes) {
      const payload = Buffer.from(this.text);
      this.wireBytes = Buffer.concat([textFrameHeader(payload.length), payload]);
    }
    return this.wireBytes;
  }
}

/** The frames one commit produced, delivered together so a socket gets them in one write. */
export class FrameBatch {
  private wireBytes: Buffer | null = null;
  constructor(readonly frames: readonly OutFrame[]) {}

  wire(): Buffer {
    this.wireBytes ??= this.frames.length === 1 ? this.frames[0]!.wire() : Buffer.concat(this.frames.map((f) => f.wire()));
    return this.wireBytes;
  }
}
