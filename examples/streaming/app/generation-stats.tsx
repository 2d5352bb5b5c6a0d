'use client';

import { useEffect, useState } from 'react';

type Stats = { active: number; tokens: number };

// What the server is doing right now, polled from /api/generations: watch "running" after you press Stop.
export function GenerationStats() {
  const [stats, setStats] = useState<Stats | null>(null);
  useEffect(() => {
    let live = true;
    const poll = async () => {
      const response = await fetch('/api/generations', { cache: 'no-store' }).catch(() => null);
      if (live && response?.ok) setStats(await response.json());
    };
    void poll();
    const timer = setInterval(poll, 500);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);
  return (
    <p className="stats">
      On the server: {stats ? `${stats.active} running, ${stats.tokens} tokens made so far.` : 'loading…'}
    </p>
  );
}
