// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { describeConfig, isConfigError, resolveConfig } from '../../src/index.js';

try {
  // Reads process.env (never modifies it); `overrides` win over everything else.
  const config = resolveConfig({ overrides: { CAMUNDA_SDK_LOG_LEVEL: 'info' } });
  console.log(config.restAddress); // http://localhost:8080/v2
  console.table(describeConfig(config)); // every key: value (secrets ***), and where it came from
} catch (error) {
  if (!isConfigError(error)) throw error;
  for (const issue of error.issues) console.error(issue.code, issue.key, issue.message);
  process.exit(1);
}
