'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { userAction, withSubmitted } from '@/lib/safe-action';
import { taskInput } from '@/lib/schema';
import { addTask } from '@/lib/tasks';

// A form posts FormData; a component may pass an object. Both reach the same schema, so a File where text belongs
// or a missing field is refused before the server code runs, and so is an object with an extra key. (From a form,
// only these two fields are read: React adds fields of its own.)
const fields = (input: unknown) => (input instanceof FormData ? { title: input.get('title'), priority: input.get('priority') } : input);

export const addTaskAction = userAction
  .inputSchema(z.preprocess(fields, taskInput), { handleValidationErrorsShape: async (errors, utils) => withSubmitted(errors, utils) })
  .stateAction(async ({ parsedInput, ctx }) => {
    const task = addTask(ctx.userId, parsedInput);
    revalidatePath('/action');
    return { task };
  });
