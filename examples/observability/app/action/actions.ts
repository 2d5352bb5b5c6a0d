'use server';

import { saveFeedback } from '@/lib/feedback';
import { formText } from '@/lib/request-body';
import { tracedAction } from '@/lib/traced-action';

export type FeedbackState = { status: 'idle' } | { status: 'saved'; id: number } | { status: 'error'; message: string };

// Exported through the wrapper, so traces and logs say "sendFeedback" and not only the page's route.
export const sendFeedbackAction = tracedAction('sendFeedback', async (_prev: FeedbackState, formData: FormData): Promise<FeedbackState> => {
  if (!(formData instanceof FormData)) return { status: 'error', message: 'Send the feedback form.' };
  const rating = Number(formText(formData, 'rating'));
  const result = saveFeedback({ rating, comment: formText(formData, 'comment') ?? '' });
  return result.ok ? { status: 'saved', id: result.id } : { status: 'error', message: result.message };
});
