using Azora.Contracts.Lms;
using Wolverine.Runtime.Handlers;

namespace Azora.Education.Features.Catalog;

/// <summary>Lists or updates a course when azora-lms publishes it.</summary>
public static class CoursePublishedHandler
{
    /// <summary>Two copies handled at once both insert the course; the loser retries and then finds it.</summary>
    public static void Configure(HandlerChain chain) => chain.RetryOnDuplicateKey();

    public static Task Handle(CoursePublished message, CatalogProjection catalog, CancellationToken cancellationToken) =>
        catalog.PublishedAsync(message, cancellationToken);
}

/// <summary>Hides a course from the catalog when azora-lms withdraws it.</summary>
public static class CourseUnpublishedHandler
{
    public static Task Handle(CourseUnpublished message, CatalogProjection catalog, CancellationToken cancellationToken) =>
        catalog.UnpublishedAsync(message, cancellationToken);
}
