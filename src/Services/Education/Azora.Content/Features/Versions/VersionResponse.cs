using Azora.Content.Domain;
using Azora.Content.Features.Items;

namespace Azora.Content.Features.Versions;

/// <summary>One version with its markdown and a preview of the HTML it renders to.</summary>
internal sealed record VersionResponse(VersionSummary Version, string Markdown, string Html)
{
    public static VersionResponse From(ContentVersion version, string html) => new(VersionSummary.From(version), version.Markdown, html);
}
