using Azora.Testing.Postgres;

namespace Azora.Messaging.Tests;

[CollectionDefinition(PostgresFixture.Collection)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>;
