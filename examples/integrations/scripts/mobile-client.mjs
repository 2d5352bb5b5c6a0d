// Plays the mobile app: places an order through the public API with its API key.
// Usage: node scripts/mobile-client.mjs [base URL, default http://localhost:3000]
const base = process.argv[2] ?? 'http://localhost:3000';
const key = process.env.MOBILE_API_KEY ?? 'key_mobile_demo_7d21';

const response = await fetch(`${base}/api/v1/orders`, {
  method: 'POST',
  headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
  body: JSON.stringify({ sku: 'mug-blue', quantity: 2, note: 'Sent from the mobile app' }),
});
console.log(`${response.status} ${await response.text()}`);
