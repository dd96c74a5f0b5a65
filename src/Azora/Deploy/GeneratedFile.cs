namespace Azora.Deploy;

/// <summary>One file a generator produces, with its path relative to the repository root (forward slashes).</summary>
public sealed record GeneratedFile(string RelativePath, string Content);
