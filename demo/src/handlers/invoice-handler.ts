// Runs in a worker thread (the `thread` strategy): the demo compiles this file to dist/handlers/ before it
// starts, because a thread loads plain JavaScript. Only a type is imported, so a thread starts without loading
// the SDK.
import { createHash } from 'node:crypto';
import type { ThreadJobHandler } from '@camunda-ts/worker';

interface InvoiceInput {
  readonly orderId: string;
  readonly customer: string;
  readonly amount: number;
}

interface InvoiceOutput {
  readonly invoiceNumber: string;
  readonly invoiceDigest: string;
}

/** Renders the invoice and seals it with a digest: CPU work that would otherwise block the event loop. */
const sendInvoice: ThreadJobHandler<InvoiceInput, InvoiceOutput> = (job) => {
  const { orderId, customer, amount } = job.variables;
  const invoiceNumber = `INV-${orderId}`;
  let digest = `${invoiceNumber}|${customer}|${amount.toFixed(2)} EUR`;
  for (let round = 0; round < 200; round++) digest = createHash('sha256').update(digest).digest('hex');
  return { invoiceNumber, invoiceDigest: digest };
};

export default sendInvoice;
