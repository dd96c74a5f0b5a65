namespace Azora.Content.Domain;

/// <summary>
/// Where one version of an item stands. Draft, then in review, then published. A newer edit supersedes a draft or a
/// version in review; a newer publication retires the version that was published before it.
/// </summary>
internal enum VersionState
{
    Draft,
    InReview,
    Published,
    Superseded,
    Retired,
}
