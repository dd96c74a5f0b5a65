using Azora.Testing.Postgres;

namespace Azora.HealthMonitor.Tests;

[CollectionDefinition(PostgresFixture.Collection)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>;
