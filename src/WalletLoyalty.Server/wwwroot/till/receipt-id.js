// A suggestion unlikely to repeat across tills and days; the cashier can type the receipt's own number instead.
// No DOM, so Node can import it.

/** `R-MMDD-HHMM-XXX` from the local time and a random 16-bit number, written as three base-36 characters. */
export function suggestReceiptId(now = new Date(), random = crypto.getRandomValues(new Uint16Array(1))[0]) {
  const two = (n) => String(n).padStart(2, '0');
  const tag = random.toString(36).toUpperCase().padStart(3, '0').slice(-3);
  return `R-${two(now.getMonth() + 1)}${two(now.getDate())}-${two(now.getHours())}${two(now.getMinutes())}-${tag}`;
}
