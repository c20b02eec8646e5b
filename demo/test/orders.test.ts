import { describe, expect, it } from 'vitest';
import { DECLINED_CARD, generateOrders, REVIEW_THRESHOLD } from '../src/orders.js';

describe('generateOrders', () => {
  it('gives the same orders for the same seed, and different ones for another seed', () => {
    expect(generateOrders(50, 7, 'run')).toEqual(generateOrders(50, 7, 'run'));
    expect(generateOrders(50, 8, 'run')).not.toEqual(generateOrders(50, 7, 'run'));
  });

  it('numbers the orders under the run id, zero-padded', () => {
    const ids = generateOrders(120, 1, 'order-x').map((order) => order.orderId);
    expect(ids[0]).toBe('order-x-001');
    expect(ids[119]).toBe('order-x-120');
    expect(new Set(ids).size).toBe(120);
  });

  it('sends about 30 % to review and declines about 4 %', () => {
    const orders = generateOrders(5_000, 3, 'r');
    const large = orders.filter((order) => order.amount > REVIEW_THRESHOLD).length / orders.length;
    const declined = orders.filter((order) => order.card.last4 === DECLINED_CARD).length / orders.length;
    expect(large).toBeGreaterThan(0.27);
    expect(large).toBeLessThan(0.33);
    expect(declined).toBeGreaterThan(0.025);
    expect(declined).toBeLessThan(0.055);
    const cents = (amount: number) => Math.abs(Math.round(amount * 100) - amount * 100) < 1e-6;
    expect(orders.every((order) => order.amount > 0 && cents(order.amount))).toBe(true);
  });
});
