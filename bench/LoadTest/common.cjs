// Shared by the load test's setup, scenario and report (CommonJS, because Artillery loads its processor with require).

/** A random Iranian national code with a valid check digit (never ten equal digits). */
function iranianNationalId() {
  for (;;) {
    const digits = Array.from({ length: 9 }, () => Math.floor(Math.random() * 10));
    if (digits.every(d => d === digits[0])) continue;
    const sum = digits.reduce((s, d, i) => s + d * (10 - i), 0);
    const r = sum % 11;
    return digits.join('') + String(r < 2 ? r : 11 - r);
  }
}

/** One request to the gateway; throws with the status and the start of the body when it is not 2xx. */
async function call(base, method, path, { token, body, ifMatch } = {}) {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (ifMatch) headers['If-Match'] = ifMatch;
  const response = await fetch(base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
  return { json: text ? JSON.parse(text) : null, etag: response.headers.get('etag') };
}

const pick = list => list[Math.floor(Math.random() * list.length)];

module.exports = { iranianNationalId, call, pick };
