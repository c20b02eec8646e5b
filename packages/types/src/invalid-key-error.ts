import { CamundaError, errorGuard } from './camunda-error.js';

/** Which rule a raw value broke. */
export type InvalidKeyReason = 'type' | 'minLength' | 'maxLength' | 'pattern';

/**
 * Thrown by a semantic key's `of(raw)` when the value does not fit the key's type. The message names the type and
 * the broken rule, never the value (keys are not secret, but what a caller passes by mistake may be).
 */
export class InvalidKeyError extends CamundaError {
  /** Stable error name, checked by {@link isInvalidKeyError}. */
  override readonly name = 'InvalidKeyError' as const;
  /** The semantic key type, e.g. `ProcessInstanceKey`. */
  readonly keyType: string;
  /** The rule the value broke. */
  readonly reason: InvalidKeyReason;

  constructor(keyType: string, reason: InvalidKeyReason, detail: string) {
    super(`Invalid ${keyType}: ${detail}`, { code: 'INVALID_SEMANTIC_KEY' });
    this.keyType = keyType;
    this.reason = reason;
  }
}

/** True for an {@link InvalidKeyError} from any installed copy of camunda-ts. */
export const isInvalidKeyError = errorGuard<InvalidKeyError>('InvalidKeyError');
