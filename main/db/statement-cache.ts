import type BetterSqlite3 from 'better-sqlite3';

/**
 * The connection the handlers use, with `prepare` remembered per SQL text.
 *
 * better-sqlite3 compiles a statement on every `prepare`, and the handlers prepare where they run
 * (that keeps each query beside the code that reads it). Compiling was half of a note save's CPU
 * time, and the garbage it left made the collector run every hundred saves or so: the slow 1% of
 * saves. better-sqlite3 has no statement cache of its own, hence this one.
 *
 * A cached statement is shared by every caller with the same SQL, so it is handed out in its default
 * shape: `pluck`, `raw` and `expand` are switched off again, whatever the last caller set. (No code
 * here keeps a statement iterating across a call, which sharing would break.) Dynamic SQL (filters,
 * search terms) can make many texts; the oldest beyond `max` are dropped.
 */
export function withStatementCache(db: BetterSqlite3.Database, max = 500): BetterSqlite3.Database {
  const cache = new Map<string, BetterSqlite3.Statement>();
  const prepare = (sql: string): BetterSqlite3.Statement => {
    const cached = cache.get(sql);
    if (cached) {
      if (cached.reader) cached.pluck(false).raw(false).expand(false);
      return cached;
    }
    const statement = db.prepare(sql);
    if (cache.size >= max) cache.delete(cache.keys().next().value!);
    cache.set(sql, statement);
    return statement;
  };
  return new Proxy(db, {
    get(target, property) {
      if (property === 'prepare') return prepare;
      const value: unknown = Reflect.get(target, property, target);
      // better-sqlite3's methods must run on the real connection, not on this proxy.
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
