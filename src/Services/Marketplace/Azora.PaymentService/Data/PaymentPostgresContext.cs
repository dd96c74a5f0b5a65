using Microsoft.EntityFrameworkCore;

namespace Azora.PaymentService.Data;

internal sealed class PaymentPostgresContext(DbContextOptions<PaymentPostgresContext> options) : PaymentDbContext(options);
