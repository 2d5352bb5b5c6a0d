import type { Metadata } from 'next';
import './globals.css';

export const metadata: Metadata = { title: 'Typed APIs for other clients: Server Action vs Route Handler' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <main>{children}</main>
      </body>
    </html>
  );
}
