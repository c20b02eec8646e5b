import { CamundaError, errorGuard } from '@camunda-ts/types';

/**
 * A file given to `deployResourcesFromFiles` is missing or unreadable. Raised before anything is sent.
 */
export class ResourceFileError extends CamundaError {
  /** Stable error name, checked by {@link isResourceFileError}. */
  override readonly name = 'ResourceFileError' as const;
  /** The path as the caller gave it. */
  readonly path: string;

  constructor(path: string, cause: unknown) {
    const missing = (cause as { code?: unknown } | undefined)?.code === 'ENOENT';
    super(`Cannot deploy ${JSON.stringify(path)}: ${missing ? 'file not found' : 'file not readable'}`, {
      code: missing ? 'RESOURCE_FILE_NOT_FOUND' : 'RESOURCE_FILE_UNREADABLE',
      cause,
    });
    this.path = path;
  }
}

/** True for a {@link ResourceFileError} from any installed copy of camunda-ts. */
export const isResourceFileError = errorGuard<ResourceFileError>('ResourceFileError');
