// The signed-in till, and the API call made with its key.
import { createApi } from '../staff/api.js';

/**
 * `key` is the cashier key; `me` the store and program it opens, from /api/v1/till/me; `money` the store's
 * currency (see moneyFormat); `retryKeys` the idempotency keys of requests that may be retried.
 */
export const state = { key: null, me: null, money: null, retryKeys: new Map() };

export const api = createApi(state, 'till.offline');
