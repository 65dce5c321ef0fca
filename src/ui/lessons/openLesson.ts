// Opening a lesson by id from the always-loaded parts of the page (the menu, the address): the
// lessons' content loads first.

/** Opens a lesson by id, loading the lessons' content first; false if there is no such lesson. */
export async function openLesson(id: string): Promise<boolean> {
  const { startLesson } = await import('./run.ts');
  return startLesson(id);
}
