/**
 * The English resources are typed against the Chinese ones (zh-CN is the primary language): same
 * keys, string leaves. A missing or extra key in en fails the type-check; a test checks it too.
 */
export type Messages<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
