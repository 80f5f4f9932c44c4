import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { FrameBatch, OutFrame } from '../../server/realtime/frame.ts';

// ws's frame parser is not in its type declarations; it is the one every ws client uses.
const { Receiver } = createRequire(import.meta.url)('ws') as {
  Receiver: new (options: { isServer: boolean }) => NodeJS.EventEmitter & { write(chunk: Buffer): void };
};

/** Decodes frames with ws's own receiver, as a client would. */
function receive(bytes: Buffer): string[] {
  const got: string[] = [];
  const receiver = new Receiver({ isServer: false });
  receiver.on('message', (data: Buffer, isBinary: boolean) => {
    expect(isBinary).toBe(false);
    got.push(data.toString());
  });
  receiver.write(bytes);
  return got;
}

describe('prepared frames (P6)', () => {
  it('frames short, 16-bit and 64-bit length texts that a standard receiver decodes', () => {
    for (const text of ['{}', 'é'.repeat(200), 'x'.repeat(70_000)]) {
      expect(receive(new OutFrame(text).wire())).toEqual([text]);
    }
  });

  it('a batch is its frames back to back, in order', () => {
    const batch = new FrameBatch([new OutFrame('{"a":1}'), new OutFrame('{"b":2}'), new OutFrame('{"c":3}')]);
    expect(receive(batch.wire())).toEqual(['{"a":1}', '{"b":2}', '{"c":3}']);
  });
});
