'use client';

import { useFormStatus } from 'react-dom';

// useFormStatus reads the form this button sits in, so the button needs no props from it: any form can use it.
export function SubmitButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return <button type="submit" disabled={pending}>{pending ? pendingLabel : label}</button>;
}
