import type { Metadata } from 'next';
import './globals.css';

export const metadata: Metadata = { title: 'Proxy in front of actions: Server Action vs Route Handler' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <main>{children}</main>
      </body>
    </html>
  );
}
