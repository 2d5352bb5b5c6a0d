import Link from 'next/link';
import { CitySearch } from './city-search';

export default function HandlerPage() {
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Look up a city with a Route Handler</h1>
      <CitySearch />
    </>
  );
}
