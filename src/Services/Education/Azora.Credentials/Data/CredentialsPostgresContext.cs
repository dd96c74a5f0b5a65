using Microsoft.EntityFrameworkCore;

namespace Azora.Credentials.Data;

internal sealed class CredentialsPostgresContext(DbContextOptions<CredentialsPostgresContext> options) : CredentialsDbContext(options);
