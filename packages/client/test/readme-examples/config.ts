// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { createCamundaClient } from '../../src/index.js';

const client = createCamundaClient({
  config: { CAMUNDA_REST_ADDRESS: 'https://camunda.example.com', CAMUNDA_SDK_VALIDATION: 'strict' },
  // env: { … }     read this object instead of process.env
  // auth, logger, dispatcher, hooks: see below
});
console.log(client.config.restAddress); // https://camunda.example.com/v2
await client.close();
