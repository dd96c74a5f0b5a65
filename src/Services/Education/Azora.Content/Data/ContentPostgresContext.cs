using Microsoft.EntityFrameworkCore;

namespace Azora.Content.Data;

internal sealed class ContentPostgresContext(DbContextOptions<ContentPostgresContext> options) : ContentDbContext(options);
