using System.Security.Cryptography;
using Azora.Content.Domain;
using Microsoft.AspNetCore.Http;

namespace Azora.Content.Media;

/// <summary>
/// An uploaded file being copied to a temporary file: hashed as it streams, its first bytes kept for sniffing its
/// format, and cut off as soon as it passes the size limit. Disposing deletes the temporary file unless it was kept.
/// </summary>
internal sealed class IncomingFile : IAsyncDisposable
{
    private readonly FileStream _file;
    private readonly byte[] _header = new byte[MediaFormat.HeaderLength];
    private int _headerLength;

    private IncomingFile(FileStream file) => _file = file;

    public string TemporaryPath => _file.Name;
    public long Length { get; private set; }
    public bool TooLarge { get; private set; }

    /// <summary>True when the multipart body broke off or was not well-formed before the file ended.</summary>
    public bool Malformed { get; private set; }
    public string Hash { get; private set; } = "";
    public ReadOnlySpan<byte> Header => _header.AsSpan(0, _headerLength);

    public static async Task<IncomingFile> CopyAsync(Stream body, MediaStore store, long maxBytes, CancellationToken cancellationToken)
    {
        var incoming = new IncomingFile(store.CreateIncoming());
        try
        {
            await incoming.FillAsync(body, maxBytes, cancellationToken);
            return incoming;
        }
        catch
        {
            await incoming.DisposeAsync();
            throw;
        }
    }

    private async Task FillAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        int read;
        while ((read = await ReadAsync(body, buffer, cancellationToken)) > 0)
        {
            if (Length + read > maxBytes)
            {
                TooLarge = true;
                return;
            }
            var chunk = buffer.AsMemory(0, read);
            if (_headerLength < _header.Length)
            {
                var take = Math.Min(read, _header.Length - _headerLength);
                chunk.Span[..take].CopyTo(_header.AsSpan(_headerLength));
                _headerLength += take;
            }
            sha256.AppendData(chunk.Span);
            await _file.WriteAsync(chunk, cancellationToken);
            Length += read;
        }
        if (Malformed)
        {
            return;
        }
        await _file.FlushAsync(cancellationToken);
        _file.Flush(flushToDisk: true);
        Hash = Convert.ToHexStringLower(sha256.GetHashAndReset());
    }

    // Only failures to read the request count as a malformed upload; a failure to write the disk stays an error.
    private async Task<int> ReadAsync(Stream body, byte[] buffer, CancellationToken cancellationToken)
    {
        try
        {
            return await body.ReadAsync(buffer, cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException && exception is not BadHttpRequestException)
        {
            Malformed = true;
            return 0;
        }
    }

    /// <summary>Closes the temporary file and hands it to the store under its hash.</summary>
    public async Task KeepAsync(MediaStore store)
    {
        await _file.DisposeAsync();
        store.Keep(TemporaryPath, Hash);
    }

    public async ValueTask DisposeAsync()
    {
        await _file.DisposeAsync();
        if (File.Exists(TemporaryPath))
        {
            File.Delete(TemporaryPath);
        }
    }
}
