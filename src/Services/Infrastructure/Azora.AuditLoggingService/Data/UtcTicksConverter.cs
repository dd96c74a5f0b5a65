using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Azora.AuditLoggingService.Data;

/// <summary>
/// A UTC instant as its ticks. EF Core's own DateTimeOffsetToBinaryConverter keeps only a tenth of a millisecond, which
/// would make the stored columns disagree with the microsecond timestamps in the logged bytes.
/// </summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    time => time.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
