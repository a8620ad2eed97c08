/**
 * The lexicon's tables as bytes: what the dictionary's decoding and the tables built from it on first use produce
 * (typed arrays, with a few numbers and lists), written once by the build and read back without decoding anything.
 * The CLI loads them from dist/lexicon.bin (src/cli/lexicon-file.ts); every other build, and the CLI when the file is
 * missing or not its own, decodes the bundled data as before. Both give the same tables, field for field.
 *
 * No Node built-ins here (the web build bundles this module too): only the layout. A record is a tree of plain
 * objects whose leaves are typed arrays or JSON values; it becomes a header (JSON: each leaf's path and, for a typed
 * array, its type, offset and length) and a payload (the arrays' bytes, each at an offset that is a multiple of 8).
 * Reading gives views into the bytes (no copy), in the record's own key order.
 */

/** The typed arrays a record may hold. */
const ARRAY_TYPES = {
  Uint8Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float64Array,
} as const;

type ArrayTypeName = keyof typeof ARRAY_TYPES;
type TypedArray = InstanceType<(typeof ARRAY_TYPES)[ArrayTypeName]>;

/** A record of tables: typed arrays, JSON values, and records of them. */
export interface TableRecord {
  [name: string]: unknown;
}

/** One leaf of a record in the header: a typed array (type, offset in the payload, element count) or a JSON value. */
type Leaf = { path: string[]; type: ArrayTypeName; offset: number; length: number } | { path: string[]; value: unknown };

/** What the header holds besides the leaves: anything the writer wants to check when reading (a key, a checksum). */
export interface TableHeader {
  /** Byte order of the arrays (the bytes are the machine's own: a file from another byte order is not read). */
  littleEndian: boolean;
  /** Length of the payload in bytes. */
  payloadLength: number;
  leaves: Leaf[];
  [extra: string]: unknown;
}

/** A field name of a record (never __proto__ or the like: a header only names fields). */
const NAME = /^(?!__proto__$|constructor$|prototype$)[A-Za-z_$][\w$]*$/u;

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function typeNameOf(value: unknown): ArrayTypeName | undefined {
  for (const name of Object.keys(ARRAY_TYPES) as ArrayTypeName[]) if (value instanceof ARRAY_TYPES[name]) return name;
  return undefined;
}

const isPlainObject = (value: unknown): value is TableRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

/** Whether a value can stand in a header as JSON and come back the same (numbers, strings, booleans, null, lists of them). */
function isJsonValue(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  return Array.isArray(value) && value.every(isJsonValue);
}

/**
 * The header and the payload of `record`. Throws (in both languages) on a value that would not come back the same: a
 * Map, a class instance, NaN, a typed array of another type.
 */
export function encodeTables(record: TableRecord, extra: Record<string, unknown> = {}): { header: TableHeader; payload: Uint8Array } {
  const leaves: Leaf[] = [];
  const arrays: { offset: number; array: TypedArray }[] = [];
  let size = 0;
  const walk = (value: TableRecord, path: string[]) => {
    for (const [name, v] of Object.entries(value)) {
      const at = [...path, name];
      if (!NAME.test(name)) throw new Error(`词法层的表名 ${at.join('.')} 不能存入文件。The lexicon table name ${at.join('.')} cannot be stored.`);
      const type = typeNameOf(v);
      if (type) {
        const array = v as TypedArray;
        size = Math.ceil(size / 8) * 8;
        leaves.push({ path: at, type, offset: size, length: array.length });
        arrays.push({ offset: size, array });
        size += array.byteLength;
      } else if (isPlainObject(v)) {
        walk(v, at);
      } else if (isJsonValue(v)) {
        leaves.push({ path: at, value: v });
      } else {
        throw new Error(`词法层的表 ${at.join('.')} 不能存入文件。The lexicon table ${at.join('.')} cannot be stored.`);
      }
    }
  };
  walk(record, []);
  const payload = new Uint8Array(Math.ceil(size / 8) * 8);
  for (const { offset, array } of arrays) payload.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offset);
  return { header: { ...extra, littleEndian: LITTLE_ENDIAN, payloadLength: payload.length, leaves }, payload };
}

/**
 * The record that `header` and `payload` describe: typed arrays as views into `payload` (which must start at a multiple
 * of 8 in its buffer, as a file read whole does), in the written order. Undefined when they do not fit together
 * (another byte order, a leaf outside the payload, an unknown type): the caller then builds the tables itself.
 */
export function decodeTables(header: TableHeader, payload: Uint8Array): TableRecord | undefined {
  if (header.littleEndian !== LITTLE_ENDIAN || header.payloadLength !== payload.length || !Array.isArray(header.leaves)) return undefined;
  if (payload.byteOffset % 8 !== 0) payload = payload.slice();
  const record: TableRecord = {};
  for (const leaf of header.leaves) {
    if (!Array.isArray(leaf.path) || leaf.path.length === 0 || !leaf.path.every((p) => typeof p === 'string' && NAME.test(p))) return undefined;
    let value: unknown;
    if ('type' in leaf) {
      const Type = Object.hasOwn(ARRAY_TYPES, leaf.type) ? ARRAY_TYPES[leaf.type] : undefined;
      if (!Type || !Number.isSafeInteger(leaf.offset) || !Number.isSafeInteger(leaf.length) || leaf.offset < 0 || leaf.length < 0) return undefined;
      if (leaf.offset % Type.BYTES_PER_ELEMENT !== 0 || leaf.offset + leaf.length * Type.BYTES_PER_ELEMENT > payload.length) return undefined;
      value = new Type(payload.buffer as ArrayBuffer, payload.byteOffset + leaf.offset, leaf.length);
    } else {
      value = leaf.value;
    }
    let node = record;
    for (const name of leaf.path.slice(0, -1)) {
      const next = Object.hasOwn(node, name) ? node[name] : undefined;
      if (next === undefined) node = node[name] = {};
      else if (isPlainObject(next)) node = next;
      else return undefined;
    }
    const last = leaf.path[leaf.path.length - 1]!;
    if (Object.hasOwn(node, last)) return undefined;
    node[last] = value;
  }
  return record;
}
