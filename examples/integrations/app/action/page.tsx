import Link from 'next/link';
import { catalog, listOrders } from '@/lib/orders';
import { OrderForm } from './order-form';

export const dynamic = 'force-dynamic';

export default function ActionPage() {
  const orders = listOrders();
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Place an order from the web UI</h1>
      <OrderForm products={Object.entries(catalog)} />
      <h2>All orders ({orders.length})</h2>
      <ul aria-label="Orders">
        {orders.map((o) => <li key={o.id}>{o.id}: {o.quantity} × {catalog[o.sku]} via {o.channel}</li>)}
      </ul>
    </>
  );
}
