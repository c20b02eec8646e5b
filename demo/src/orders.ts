import { createSeededRandom } from '@camunda-ts/testing';

/** The variables an order-fulfilment instance starts with. */
export interface Order {
  readonly orderId: string;
  readonly customer: string;
  /** Order total in EUR; above 1,000 the process routes the order through a review. */
  readonly amount: number;
  readonly card: { readonly last4: string };
}

/** Card the payment provider declines: its orders take the BPMN error path (`PAYMENT_DECLINED`). */
export const DECLINED_CARD = '0002';

/** Threshold of the process's exclusive gateway (`=amount > 1000`). */
export const REVIEW_THRESHOLD = 1_000;

/**
 * `count` orders: about 30 % large enough to need a review, about 4 % paid with the declined card. Order ids carry
 * the run id, so runs against the same cluster never correlate each other's messages.
 */
export function generateOrders(count: number, seed: number, runId: string): Order[] {
  const random = createSeededRandom(seed);
  const width = String(count).length;
  return Array.from({ length: count }, (_, index) => {
    const large = random() < 0.3;
    const cents = Math.round((large ? 1_000 + random() * 4_000 : 20 + random() * 980) * 100);
    return {
      orderId: `${runId}-${String(index + 1).padStart(width, '0')}`,
      customer: `customer-${1 + Math.floor(random() * 250)}`,
      amount: Math.max(cents / 100, large ? REVIEW_THRESHOLD + 0.01 : 0),
      card: { last4: random() < 0.04 ? DECLINED_CARD : '4242' },
    };
  });
}
