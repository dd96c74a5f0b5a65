using Azora.ServiceDefaults.Hosting;

namespace Azora.Content.Media;

/// <summary>
/// Media files on local disk, one file per SHA-256 under <c>&lt;data directory&gt;/content/media/</c>. An upload is written
/// to a temporary file beside it first and renamed into place, so a reader never sees half a file.
/// </summary>
internal sealed class MediaStore(PlatformOptions platform)
{
    public string MediaDirectory { get; } = Path.GetFullPath(Path.Combine(platform.DataDirectory, "content", "media"));

    private string IncomingDirectory { get; } = Path.GetFullPath(Path.Combine(platform.DataDirectory, "content", "incoming"));

    public string PathOf(string hash) => Path.Combine(MediaDirectory, hash);

    /// <summary>A new temporary file for an upload in progress; the caller deletes it unless <see cref="Keep"/> moves it.</summary>
    public FileStream CreateIncoming()
    {
        Directory.CreateDirectory(IncomingDirectory);
        var path = Path.Combine(IncomingDirectory, $"{Guid.NewGuid():N}.part");
        return new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous);
    }

    /// <summary>Moves a finished upload to its content address; when that file is already there, the upload is dropped.</summary>
    public void Keep(string incomingPath, string hash)
    {
        Directory.CreateDirectory(MediaDirectory);
        var target = PathOf(hash);
        if (File.Exists(target))
        {
            File.Delete(incomingPath);
            return;
        }
        try
        {
            File.Move(incomingPath, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            // Another request stored the same bytes first.
            File.Delete(incomingPath);
        }
    }
}
