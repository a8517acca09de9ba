// Arabic strings of the elements, keyed by the ids given to msg().
export const templates: Record<string, string> = {};
