// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { createCamundaClient } from '@camunda-ts/client';
import { instrumentClient } from '../../src/index.js';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';

const exporter = new InMemorySpanExporter();
const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });

const client = createCamundaClient();
const instrumentation = instrumentClient(client, { tracerProvider });
await client.getTopology();
for (const span of exporter.getFinishedSpans()) {
  console.log(span.name, span.attributes['http.request.method'], span.attributes['url.template']);
}

instrumentation.disable();
await client.close();
