import Link from 'next/link';
import { catalog, listOrders } from '@/lib/orders';
import { OrderForm } from './order-form';
import { connection } from 'next/server';

export default async function ActionPage() {
  // Rendered per request, never at build time: the data changes while the app runs.
  await connection();
  // This page is public: it shows the web UI's orders, never those of the API's clients.
  const orders = listOrders('web');
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Place an order from the web UI</h1>
      <OrderForm products={Object.entries(catalog)} />
      <h2>Latest orders placed on the web</h2>
      <ul aria-label="Orders">
        {orders.map((o) => <li key={o.id}>{o.id}: {o.quantity} × {catalog[o.sku]}</li>)}
      </ul>
    </>
  );
}
