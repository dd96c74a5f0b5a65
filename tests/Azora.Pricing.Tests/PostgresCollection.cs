using Azora.Testing.Postgres;

namespace Azora.Pricing.Tests;

[CollectionDefinition(PostgresFixture.Collection)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>;
