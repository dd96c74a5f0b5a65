using Azora.Testing.Postgres;

namespace Azora.AuditLoggingService.Tests;

[CollectionDefinition(PostgresFixture.Collection)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>;
