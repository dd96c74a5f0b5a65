using System.Buffers;
using System.Text;
using System.Text.Json;
using Azora.AuditLoggingService.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Azora.AuditLoggingService.Features.Entries;

/// <summary>Every entry matching the filters, in log order, as a CSV or JSON download, streamed row by row.</summary>
internal static class ExportEntries
{
    private static readonly string[] CsvHeader =
        ["leafIndex", "id", "eventId", "occurredAt", "recordedAt", "sourceService", "actorKind", "actorId", "action", "resourceType", "resourceId", "outcome", "details", "leafHash"];

    public static void Map(IEndpointRouteBuilder entries) =>
        entries.MapGet("/export", HandleAsync)
            .WithName("ExportEntries")
            .WithSummary("Download the entries matching the search filters, in log order, as format=csv or format=json.");

    private static Results<PushStreamHttpResult, ValidationProblem> HandleAsync(
        string? format, string? actorId, string? actorKind, string? action, string? resourceType, string? resourceId, string? from, string? to,
        AuditDbContext db, IOptions<JsonOptions> json)
    {
        var query = new QueryParameters();
        var filter = EntryFilter.Read(query, actorId, actorKind, action, resourceType, resourceId, from, to);
        var asCsv = format is null or "csv";
        if (!asCsv && format != "json")
        {
            query.Fail("format", "csv or json.");
        }
        if (!query.IsValid)
        {
            return TypedResults.ValidationProblem(query.Errors);
        }

        var rows = filter.Apply(db.Entries.AsNoTracking()).OrderBy(e => e.LeafIndex).AsAsyncEnumerable();
        return asCsv
            ? TypedResults.Stream(stream => WriteCsvAsync(stream, rows), "text/csv", "audit-log.csv")
            : TypedResults.Stream(stream => WriteJsonAsync(stream, rows, json.Value.SerializerOptions), "application/json", "audit-log.json");
    }

    private static async Task WriteCsvAsync(Stream stream, IAsyncEnumerable<Domain.AuditEntry> rows)
    {
        await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        await writer.WriteLineAsync(string.Join(',', CsvHeader));
        await foreach (var row in rows)
        {
            var entry = EntryResponse.From(row);
            string[] cells =
            [
                entry.LeafIndex.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.Id.ToString(), entry.EventId.ToString(),
                entry.OccurredAt.ToString("O"), entry.RecordedAt.ToString("O"), entry.SourceService, entry.Actor.Kind, entry.Actor.Id,
                entry.Action, entry.Resource.Type, entry.Resource.Id, entry.Outcome, JsonSerializer.Serialize(entry.Details), entry.LeafHash,
            ];
            await writer.WriteLineAsync(string.Join(',', cells.Select(Csv.Cell)));
        }
    }

    private static async Task WriteJsonAsync(Stream stream, IAsyncEnumerable<Domain.AuditEntry> rows, JsonSerializerOptions options)
    {
        // The JSON is written to a buffer and copied to the response asynchronously: Kestrel refuses synchronous writes.
        var buffer = new ArrayBufferWriter<byte>();
        await using var json = new Utf8JsonWriter(buffer);
        json.WriteStartArray();
        await foreach (var row in rows)
        {
            JsonSerializer.Serialize(json, EntryResponse.From(row), options);
            if (buffer.WrittenCount > 16 * 1024)
            {
                await stream.WriteAsync(buffer.WrittenMemory);
                buffer.ResetWrittenCount();
            }
        }
        json.WriteEndArray();
        await json.FlushAsync();
        await stream.WriteAsync(buffer.WrittenMemory);
    }
}
