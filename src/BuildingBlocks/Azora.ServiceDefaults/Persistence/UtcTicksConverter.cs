using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Azora.ServiceDefaults.Persistence;

/// <summary>
/// A UTC instant stored as its ticks on SQLite, which has no date type: instants then order and compare exactly, to the
/// tick. EF Core's own DateTimeOffsetToBinaryConverter keeps only a tenth of a millisecond. A service's SQLite context
/// applies it with <c>configurationBuilder.Properties&lt;DateTimeOffset&gt;().HaveConversion&lt;UtcTicksConverter&gt;()</c>.
/// </summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    time => time.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
