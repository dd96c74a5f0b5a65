using Azora.Testing.Postgres;

namespace Azora.PaymentService.Tests;

[CollectionDefinition(PostgresFixture.Collection)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>;
