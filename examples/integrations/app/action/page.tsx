import Link from 'next/link';
import { catalog, listOrders } from '@/lib/orders';
import { OrderForm } from './order-form';

export const dynamic = 'force-dynamic';

export default function ActionPage() {
  // This page is public: it shows the web UI's orders, never those of the API's clients.
  const orders = listOrders('web');
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Place an order from the web UI</h1>
      <OrderForm products={Object.entries(catalog)} />
      <h2>Orders placed on the web ({orders.length})</h2>
      <ul aria-label="Orders">
        {orders.map((o) => <li key={o.id}>{o.id}: {o.quantity} × {catalog[o.sku]}</li>)}
      </ul>
    </>
  );
}
