/** A timer expression that cannot be read; the engine raises an incident. */
export class TimerDefinitionError extends Error {
  override readonly name = 'TimerDefinitionError';
}
