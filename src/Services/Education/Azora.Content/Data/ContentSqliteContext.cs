using Microsoft.EntityFrameworkCore;

namespace Azora.Content.Data;

internal sealed class ContentSqliteContext(DbContextOptions<ContentSqliteContext> options) : ContentDbContext(options);
