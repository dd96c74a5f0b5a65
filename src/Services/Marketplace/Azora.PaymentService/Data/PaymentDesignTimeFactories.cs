using Azora.ServiceDefaults.Persistence;

namespace Azora.PaymentService.Data;

internal sealed class PaymentSqliteFactory : SqliteDesignTimeFactory<PaymentSqliteContext>;

internal sealed class PaymentPostgresFactory : PostgresDesignTimeFactory<PaymentPostgresContext>;
