/* The checklist as the build wrote it (macros/pagedata.py), with flat lists to walk and an index by item id. */
export function indexChecklist(data) {
  const criteria = data.themes.flatMap((theme) => theme.criteria.map((criterion) => ({ ...criterion, theme })));
  const items = criteria.flatMap((criterion) => criterion.items.map((item) => ({ ...item, criterion })));
  return { ...data, criteria, items, byId: new Map(items.map((item) => [item.id, item])) };
}
