import Link from 'next/link';

export default function Home() {
  return (
    <>
      <h1>See each call in your traces</h1>
      <p>
        Feedback saved both ways, traced with OpenTelemetry. Set <code>OTEL_EXPORTER_OTLP_ENDPOINT</code> to your
        collector and every request shows up as spans; the server log has one JSON line per event.
      </p>
      <ul>
        <li><Link href="/action">With a Server Action</Link>, wrapped in a span that names it.</li>
        <li><Link href="/handler">With a Route Handler</Link>, named by its route.</li>
      </ul>
    </>
  );
}
