/**
 * Process variables of about `bytes` bytes as JSON: an order with line items, the kind of document a real
 * process start carries. Deterministic, so every contender sends the same bytes.
 */
export function variablesPayload(bytes: number): Record<string, unknown> {
  const items: Array<Record<string, unknown>> = [];
  const order: Record<string, unknown> = {
    orderId: 'order-000042',
    customerId: 'customer-7',
    amount: 1234.5,
    items,
  };
  let i = 0;
  while (JSON.stringify(order).length < bytes) {
    items.push({
      sku: `SKU-${String(i).padStart(6, '0')}`,
      quantity: (i % 5) + 1,
      unitPrice: 9.99 + i,
      note: 'gift wrap',
    });
    i += 1;
  }
  return order;
}
