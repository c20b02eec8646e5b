// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import {
  isInvalidKeyError,
  ProcessInstanceKey,
  ProcessInstanceStateEnum,
  type ProcessInstanceResult,
} from '../../src/index.js';
import { operations } from '../../src/operations.js';
import { ProcessInstanceResultSchema } from '../../src/zod.js';

// Keys are branded strings: a JobKey cannot be passed where a ProcessInstanceKey is expected.
const key = ProcessInstanceKey.of('2251799813690746');

try {
  ProcessInstanceKey.of('not-a-key');
} catch (error) {
  if (isInvalidKeyError(error)) console.log(error.code, error.keyType); // INVALID_SEMANTIC_KEY ProcessInstanceKey
}

// The operation table says how each operation is called.
const { method, path, eventuallyConsistent } = operations.getProcessInstance;
console.log(method, path, eventuallyConsistent); // GET /process-instances/{processInstanceKey} true

// Validate data at a trust boundary (zod is loaded only by this subpath).
const parsed = ProcessInstanceResultSchema.safeParse(JSON.parse('{"processInstanceKey":"1"}'));
if (!parsed.success) console.log(parsed.error.issues.length > 0);

const isActive = (instance: ProcessInstanceResult) => instance.state === ProcessInstanceStateEnum.ACTIVE;
console.log(key, isActive);
