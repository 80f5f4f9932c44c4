/** Speech failures: one the client can be told about (503), one that is our bug or the engine's. */
import { AppError } from '../domain/errors.ts';

/** The synthesizer is not installed or cannot be run; visual calls carry on without sound. */
export class SpeechUnavailableError extends AppError {
  constructor(detail: string) {
    super(503, 'speech_unavailable', `spoken announcements are unavailable: ${detail}`);
    this.name = 'SpeechUnavailableError';
  }
}

/** The synthesizer ran but failed or produced something that is not a WAV. */
export class SpeechFailedError extends Error {
  readonly code = 'speech_failed';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SpeechFailedError';
  }
}
