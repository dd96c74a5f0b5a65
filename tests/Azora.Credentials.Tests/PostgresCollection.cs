using Azora.Testing.Postgres;

namespace Azora.Credentials.Tests;

[CollectionDefinition(PostgresFixture.Collection)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>;
