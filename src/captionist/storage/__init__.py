"""One storage layer for the journal: SQLite at a path (the default), PostgreSQL at a
`postgresql://` URL (several machines sharing one journal).

The choice: psycopg 3 with plain SQL, not SQLAlchemy Core. The journal already is a handful
of plain SQL statements; the two dialects differ in exactly three places here (placeholders
`?` vs `%s`, `INSERT OR REPLACE` vs `ON CONFLICT ... DO UPDATE`, and REAL being 4 bytes in
PostgreSQL), which `Db` handles in one place. An ORM and a migration tool would add more code
than the schema has lines. The schema is created with `CREATE ... IF NOT EXISTS` (under an
advisory lock in PostgreSQL, as several processes start at once); a later change that alters
a table will need a version table and a step per version, which is when a migration tool
starts to pay.

`Db.execute` returns a cursor whose rows behave like `sqlite3.Row` on both (index by number
or by name, `dict(row)`), so the query code in `journal` is shared. A PostgreSQL connection
that breaks (the server restarted) is opened again on the next statement, once: statements
here are idempotent upserts and reads, so running one again is safe.
"""

from .db import Db, is_url, open_db, redact

__all__ = ["Db", "is_url", "open_db", "redact"]
