using Azora.ServiceDefaults.Persistence;
using System.Security.Claims;
using Azora.Content.Data;
using Azora.Content.Domain;
using Azora.Content.Media;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Azora.Content.Features.Media;

/// <summary>
/// An instructor uploads an image, a video or WebVTT captions as <c>multipart/form-data</c> in a part named <c>file</c>.
/// The bytes decide the format (a mislabelled file is refused), the size is capped while streaming, and the file is
/// stored once under its SHA-256: uploading the same bytes again answers 200 with the existing media.
/// </summary>
internal static class UploadMedia
{
    private const string FilePart = "file";

    // Room for the multipart boundaries and part headers around the file itself.
    private const long MultipartAllowance = 64 * 1024;

    public static void Map(IEndpointRouteBuilder media) =>
        media.MapPost("/", HandleAsync)
            .WithName("UploadMedia")
            .WithSummary("Upload a PNG, JPEG, WebP, MP4, WebM or WebVTT file (multipart part 'file'); the same bytes are stored once.");

    private static async Task<Results<Created<MediaResponse>, Ok<MediaResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        HttpRequest request,
        ClaimsPrincipal caller,
        ContentDbContext db,
        MediaStore store,
        ContentOptions options,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var uploader))
        {
            return TypedResults.Forbid();
        }
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
        {
            bodyLimit.MaxRequestBodySize = options.MaxMediaBytes + MultipartAllowance;
        }
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            return ContentProblems.Fields(StatusCodes.Status415UnsupportedMediaType, "Upload media as multipart/form-data.",
                new Dictionary<string, string[]> { [FilePart] = ["Send the file as multipart/form-data in a part named 'file'."] });
        }

        var reader = new MultipartReader(boundary, request.Body);
        while (await NextSectionAsync(reader, cancellationToken) is { } next)
        {
            if (next.Section is null)
            {
                return Malformed();
            }
            if (IsFilePart(next.Section))
            {
                return await StoreAsync(next.Section, uploader, db, store, options, clock, cancellationToken);
            }
        }
        return ContentProblems.Field(FilePart, "No part named 'file' carries a file.");
    }

    private static ValidationProblem Malformed() => ContentProblems.Field(FilePart, "The multipart body is malformed.");

    /// <summary>The next part, null at the end, or a holder with no section when the body is not well-formed multipart.</summary>
    private static async Task<NextSection?> NextSectionAsync(MultipartReader reader, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadNextSectionAsync(cancellationToken) is { } section ? new NextSection(section) : null;
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException && exception is not BadHttpRequestException)
        {
            return new NextSection(null);
        }
    }

    private sealed record NextSection(MultipartSection? Section);

    private static bool IsFilePart(MultipartSection section) =>
        ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
        && disposition.IsFileDisposition()
        && HeaderUtilities.RemoveQuotes(disposition.Name).Equals(FilePart, StringComparison.Ordinal);

    private static async Task<Results<Created<MediaResponse>, Ok<MediaResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> StoreAsync(
        MultipartSection section,
        Guid uploader,
        ContentDbContext db,
        MediaStore store,
        ContentOptions options,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        await using var incoming = await IncomingFile.CopyAsync(section.Body, store, options.MaxMediaBytes, cancellationToken);
        if (incoming.Malformed)
        {
            return Malformed();
        }
        if (incoming.TooLarge)
        {
            return ContentProblems.Fields(StatusCodes.Status413PayloadTooLarge, "The file is too large.",
                new Dictionary<string, string[]> { [FilePart] = [$"A media file has at most {options.MaxMediaBytes} bytes."] });
        }
        if (incoming.Length == 0)
        {
            return ContentProblems.Field(FilePart, "The file is empty.");
        }
        if (WhyRefused(incoming.Header, section.ContentType) is { } refusal)
        {
            return ContentProblems.Fields(StatusCodes.Status415UnsupportedMediaType, "The file's type is not accepted.",
                new Dictionary<string, string[]> { [FilePart] = [refusal] });
        }
        var format = MediaFormat.Sniff(incoming.Header)!;

        if (await db.Media.AsNoTracking().SingleOrDefaultAsync(m => m.Hash == incoming.Hash, cancellationToken) is { } existing)
        {
            return TypedResults.Ok(MediaResponse.From(existing));
        }
        await incoming.KeepAsync(store);
        var asset = MediaAsset.Stored(incoming.Hash, format, incoming.Length, uploader, clock.GetUtcNow());
        db.Media.Add(asset);
        if (!await db.TrySaveAsync(cancellationToken))
        {
            // The same bytes were uploaded at the same moment by another request, which recorded them first.
            db.ChangeTracker.Clear();
            var first = await db.Media.AsNoTracking().SingleAsync(m => m.Hash == incoming.Hash, cancellationToken);
            return TypedResults.Ok(MediaResponse.From(first));
        }
        return TypedResults.Created(MediaResponse.From(asset).Url, MediaResponse.From(asset));
    }

    /// <summary>Null when the bytes are an accepted format and agree with the declared type, otherwise why not.</summary>
    private static string? WhyRefused(ReadOnlySpan<byte> header, string? declaredType)
    {
        var sniffed = MediaFormat.Sniff(header);
        if (sniffed is null)
        {
            return "The file is not a PNG, JPEG or WebP image, an MP4 or WebM video, or WebVTT captions.";
        }
        if (declaredType is { Length: > 0 } declared
            && !declared.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase)
            && MediaFormat.Declared(declared.Split(';')[0]) != sniffed)
        {
            return $"The file is declared as {declared} but its content is {sniffed.MediaType}.";
        }
        return null;
    }
}
