export interface ComponentGroup<T> {
  component: string;
  items: T[];
}

/** Groups items by component in the given order; unknown components follow, alphabetically. */
export function groupByComponent<T extends { component: string }>(
  items: readonly T[],
  order: readonly string[],
): ComponentGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.component);
    if (group) group.push(item);
    else groups.set(item.component, [item]);
  }
  const rank = (component: string) => {
    const index = order.indexOf(component);
    return index === -1 ? order.length : index;
  };
  return [...groups.entries()]
    .map(([component, groupItems]) => ({ component, items: groupItems }))
    .sort((a, b) => rank(a.component) - rank(b.component) || a.component.localeCompare(b.component));
}
