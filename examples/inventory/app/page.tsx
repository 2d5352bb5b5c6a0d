import Link from 'next/link';

export default function Home() {
  return (
    <>
      <h1>Inventory reservations</h1>
      <p>Shoppers reserve stock on the <Link href="/action">product page</Link> (a Server Action). Partners reserve the same stock through <code>POST /api/partner/reservations</code> (a Route Handler). Both call <code>reserve()</code> in <code>lib/inventory.ts</code>, which never sells more than there is, even under concurrent requests.</p>
      <p>Current stock: <a href="/api/products">/api/products</a></p>
    </>
  );
}
