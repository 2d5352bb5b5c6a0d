import Link from 'next/link';
import { CityForm } from './city-form';

export default function ActionPage() {
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Look up a city with a Server Action</h1>
      <CityForm />
    </>
  );
}
