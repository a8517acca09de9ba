/**
 * Copies the reference shown in `root`'s `[part="reference"]`. Without a clipboard (an
 * insecure page, or permission refused) it selects the reference for the device's own copy
 * command instead, and resolves false.
 */
export async function copyReference(root: ParentNode, reference: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(reference);
    return true;
  } catch {
    const element = root.querySelector('[part="reference"]');
    if (element) globalThis.getSelection()?.selectAllChildren(element);
    return false;
  }
}
