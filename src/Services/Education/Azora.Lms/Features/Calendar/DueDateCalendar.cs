using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Azora.Lms.Features.Calendar;

/// <summary>One open due date of a learner: a lesson not yet done, in a course not yet completed.</summary>
internal sealed record DueItem(Guid EnrollmentId, Guid CourseId, string CourseTitle, Guid LessonId, string LessonTitle, DateTimeOffset DueAt);

/// <summary>Writes a learner's due dates as an RFC 5545 calendar: one event at each due time, with stable UIDs so apps update rather than duplicate.</summary>
internal static class DueDateCalendar
{
    public const string MediaType = "text/calendar";

    public static string Write(IReadOnlyList<DueItem> items, DateTimeOffset now, LmsOptions options)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//Azora//azora-lms due dates//EN" };
        calendar.AddProperty("X-WR-CALNAME", "Azora due dates");
        foreach (var item in items.OrderBy(i => i.DueAt))
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{item.LessonId}.{item.EnrollmentId}@azora-lms",
                Summary = $"Due: {item.LessonTitle} ({item.CourseTitle})",
                Description = $"\"{item.LessonTitle}\" in {item.CourseTitle} is due.",
                Url = new Uri(options.LessonIri(item.LessonId)),
                DtStart = new CalDateTime(item.DueAt.UtcDateTime),
                DtEnd = new CalDateTime(item.DueAt.UtcDateTime),
                DtStamp = new CalDateTime(now.UtcDateTime),
            });
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
