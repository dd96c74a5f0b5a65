using Microsoft.EntityFrameworkCore;

namespace Azora.Credentials.Data;

internal sealed class CredentialsSqliteContext(DbContextOptions<CredentialsSqliteContext> options) : CredentialsDbContext(options);
