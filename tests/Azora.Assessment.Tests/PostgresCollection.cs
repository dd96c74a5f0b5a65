using Azora.Testing.Postgres;

namespace Azora.Assessment.Tests;

[CollectionDefinition(PostgresFixture.Collection)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>;
