// The parts of the course outline: ids used in lesson frontmatter, labels shown in the sidebar.
export const parts = [
  { id: 'foundations', label: 'Foundations' },
  { id: 'patterns', label: 'Patterns side by side' },
  { id: 'production', label: 'In production' },
  { id: 'deciding', label: 'Deciding' },
] as const;

export type PartId = (typeof parts)[number]['id'];

export const partIds = parts.map((p) => p.id) as [PartId, ...PartId[]];

export function partLabel(id: PartId): string {
  return parts.find((p) => p.id === id)?.label ?? id;
}
