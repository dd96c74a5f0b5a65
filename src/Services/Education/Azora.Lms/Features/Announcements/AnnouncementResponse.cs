using Azora.Lms.Domain;

namespace Azora.Lms.Features.Announcements;

internal sealed record AnnouncementResponse(Guid Id, Guid CourseId, Guid AuthorId, string Title, string Body, DateTimeOffset PostedAt)
{
    public static AnnouncementResponse From(Announcement announcement) => new(
        announcement.Id, announcement.CourseId, announcement.AuthorId, announcement.Title, announcement.Body, announcement.PostedAt);
}

internal sealed record AnnouncementPage(IReadOnlyList<AnnouncementResponse> Items, string? NextCursor);
