import Link from 'next/link';
import { listProducts } from '@/lib/inventory';
import { ReserveForm } from './reserve-form';
import { connection } from 'next/server';

export default async function ProductPage() {
  // Rendered per request, never at build time: the data changes while the app runs.
  await connection();
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Reserve stock from the product page</h1>
      {listProducts().map((product) => (
        <section key={product.id} aria-labelledby={`h-${product.id}`}>
          <h2 id={`h-${product.id}`}>{product.name}</h2>
          <p>{product.stock} in stock</p>
          <ReserveForm product={product} />
        </section>
      ))}
    </>
  );
}
