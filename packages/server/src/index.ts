export { startServer, type ServerOptions, type RunningServer } from './server.ts';
export { SqliteStorage, type SqliteOpenOptions, type SqliteStorageOptions } from './sqlite-storage.ts';
export { PostgresStorage, type PostgresOpenOptions } from './postgres-storage.ts';
export { POSTGRES_MIGRATIONS, MIGRATION_LOCK, migratePostgres, postgresSchemaVersion } from './postgres-migrations.ts';
export type { KeyListing, ServerStorage } from './server-storage.ts';
export { MIGRATIONS, migrate, schemaVersion, SchemaTooNewError, type Migration } from './migrations.ts';
export { DiskBlobStore, BlobTooLargeError, type ReceivedBlob } from './disk-blob-store.ts';
export { DataDirInUseError } from './data-dir.ts';
export { TrustProxyError } from './trust-proxy.ts';
