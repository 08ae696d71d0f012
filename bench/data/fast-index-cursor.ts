/**
 * A fix for a cost of fake-indexeddb (6.x), not of the app: its index cursor finds the next
 * record by walking from the first record of the current key, so `continue()` over an index
 * value shared by n rows costs O(n) and a walk over them O(n²). The sync engine walks the
 * outbox's `state = 'pending'` index once per run (setting aside device-local ops); with the
 * 50 000 pending ops of a first sync that walk alone would take tens of minutes in Node, where
 * Chromium's IndexedDB takes about a second. The bench patches the shim so the figures show
 * the app, and says so (bench/README.md).
 *
 * The patch changes nothing but where the walk starts: for a plain `continue()` of a forward
 * index cursor it hands the shim's own loop an iterator that begins just after the cursor's
 * (key, primary key) in the index's red-black tree — the tree is ordered by exactly that pair —
 * and the shim's loop then applies its usual checks. fast-index-cursor.test.ts compares every
 * walk with the unpatched shim.
 */
import { IDBCursor, IDBObjectStore, indexedDB } from 'fake-indexeddb';

interface TreeNode {
  record: { key: unknown; value: unknown };
  left?: TreeNode;
  right?: TreeNode;
  parent?: TreeNode;
  deleted: boolean;
}
interface Range {
  upper?: unknown;
  upperOpen?: boolean;
}
interface RecordStore {
  records: { _root?: TreeNode };
  values?: unknown;
}
interface CursorInternals {
  direction: string;
  source: { _rawIndex?: { records: RecordStore } };
  _position: unknown;
  _objectStorePosition: unknown;
  _iterate(key?: unknown, primaryKey?: unknown): unknown;
}

const cmp = (a: unknown, b: unknown) => indexedDB.cmp(a, b);

function successor(node: TreeNode): TreeNode | undefined {
  if (node.right) {
    let n = node.right;
    while (n.left) n = n.left;
    return n;
  }
  let n = node;
  let p = node.parent;
  while (p && n === p.right) {
    n = p;
    p = p.parent;
  }
  return p;
}

/** Index records after (key, value), in order, up to the range's upper bound. */
function* after(root: TreeNode | undefined, key: unknown, value: unknown, range: Range) {
  let candidate: TreeNode | undefined;
  let node = root;
  while (node) {
    const c = cmp(node.record.key, key) || cmp(node.record.value, value);
    if (c > 0) {
      candidate = node;
      node = node.left;
    } else node = node.right;
  }
  for (let n = candidate; n; n = successor(n)) {
    if (range.upper !== undefined) {
      const u = cmp(n.record.key, range.upper);
      if (u > 0 || (u === 0 && range.upperOpen)) return;
    }
    if (!n.deleted) yield n.record;
  }
}

/** Installs the patch; returns the function that removes it. */
export function installFastIndexCursor(): () => void {
  const proto = IDBCursor.prototype as unknown as CursorInternals;
  const original = proto._iterate;
  proto._iterate = function (this: CursorInternals, key?: unknown, primaryKey?: unknown) {
    const store = this.source._rawIndex?.records;
    const plainContinue =
      this.direction === 'next' &&
      key === undefined &&
      primaryKey === undefined &&
      this._position !== undefined &&
      store !== undefined &&
      !((this.source as unknown) instanceof IDBObjectStore);
    if (!plainContinue) return original.call(this, key, primaryKey);
    const root = store.records._root;
    const position = this._position;
    const primary = this._objectStorePosition;
    // Own property for this one call: the shim's loop asks `records.values(range)`.
    store.values = (range: Range) => after(root, position, primary, range);
    try {
      return original.call(this, key, primaryKey);
    } finally {
      delete store.values;
    }
  };
  return () => {
    proto._iterate = original;
  };
}
