// The checks the server makes on the optional details (Members/ContactRules), so the shopper learns at once.

const email = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const phone = /^\+?[0-9 ()-]{3,32}$/;

/** Which typed details the server would refuse; blank ones are fine (every detail is optional). */
export function problemsOf(fields, today) {
  const typed = (name) => (fields[name] ?? '').trim();
  const problems = [];
  if (typed('email') && (typed('email').length > 254 || !email.test(typed('email')))) problems.push('email');
  if (typed('phone') && (!phone.test(typed('phone')) || typed('phone').replace(/\D/g, '').length < 6)) problems.push('phone');
  if (fields.birthdayUnreadable || (typed('birthday') && !isBirthday(typed('birthday'), today))) problems.push('birthday');
  return problems;
}

function isBirthday(text, today) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1900 && text <= today;
}
