using System.Buffers;

namespace Azora.LoadBalancer.Domain;

/// <summary>
/// The name an instance is registered under within its service (e.g. <c>azora-lms-2</c>): up to 64 letters, digits,
/// dots, dashes and underscores, so it is safe in a URL, a log line and YARP's destination id.
/// </summary>
internal static class InstanceId
{
    public const int MaxLength = 64;

    private static readonly SearchValues<char> Allowed =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.");

    public static bool IsWellFormed(string? value) =>
        value is { Length: > 0 and <= MaxLength } && !value.AsSpan().ContainsAnyExcept(Allowed);
}
