using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Testing;
using Microsoft.EntityFrameworkCore;
using static Azora.Education.Tests.EducationFixture;

namespace Azora.Education.Tests;

[Collection(EducationCollection.Name)]
public sealed class CatalogTests(EducationFixture fixture)
{
    private static readonly string[] Subjects = ["Data", "Design", "Finance"];
    private static readonly string[] Levels = ["beginner", "intermediate", "advanced"];
    private static readonly string[] Languages = ["en", "af", "zu", "fr"];

    [Fact]
    public async Task Search_facets_and_paging_cover_a_few_hundred_courses_exactly_once_in_title_order()
    {
        var marker = Marker("m");
        var courses = Enumerable.Range(0, 300).Select(i => Course(
            title: $"Course {i:D3} {marker}",
            subject: Subjects[i % 3],
            level: Levels[i % 3 == 0 ? 0 : i % 2 + 1],
            language: Languages[i % 4],
            priceMinor: i % 5 == 0 ? 0 : 1000 + i,
            skills: i % 2 == 0 ? ["SQL joins", $"skill-{i % 7}"] : [$"skill-{i % 7}"])).ToList();
        await fixture.PublishAsync([.. courses]);
        await EventuallyAsync(async () => (await SearchAsync($"?q={marker}&limit=1")).GetProperty("total").GetInt32() == 300, "all 300 courses are listed");

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await SearchAsync($"?q={marker}&limit=37" + (cursor is null ? "" : $"&cursor={cursor}"));
            Assert.Equal(300, page.GetProperty("total").GetInt32());
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(courses.Select(c => c.Title).Order(StringComparer.Ordinal), seen);
        var all = await SearchAsync($"?q={marker.ToUpperInvariant()}");
        Assert.Equal(Counts(courses.GroupBy(c => c.Subject)), Facet(all, "subject"));
        Assert.Equal(Counts(courses.GroupBy(c => c.Level)), Facet(all, "level"));
        Assert.Equal(Counts(courses.GroupBy(c => c.Language)), Facet(all, "language"));
        Assert.Equal(Counts(courses.GroupBy(c => c.PriceMinor == 0 ? "free" : "paid")), Facet(all, "price"));
        Assert.Equal(Counts(courses.SelectMany(c => c.Skills).GroupBy(s => s)), Facet(all, "skills"));
    }

    [Fact]
    public async Task Filters_combine_and_the_facets_count_only_what_matches()
    {
        var marker = Marker("f");
        var courses = Enumerable.Range(0, 40).Select(i => Course(
            title: $"Filtered {i:D2} {marker}",
            subject: Subjects[i % 2],
            language: Languages[i % 2],
            priceMinor: i % 4 == 0 ? 0 : 500,
            skills: [i % 3 == 0 ? "Figma" : "Excel"])).ToList();
        await fixture.PublishAsync([.. courses]);
        await EventuallyAsync(async () => (await SearchAsync($"?q={marker}")).GetProperty("total").GetInt32() == 40, "all 40 courses are listed");

        var free = await SearchAsync($"?q={marker}&price=free&subject=Data&limit=100");
        var expected = courses.Where(c => c.PriceMinor == 0 && c.Subject == "Data").ToList();
        Assert.Equal(expected.Count, free.GetProperty("total").GetInt32());
        Assert.Equal(expected.Select(c => c.CourseId).Order(), free.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("courseId").GetGuid()).Order());
        Assert.Equal(Counts(expected.GroupBy(c => c.Language)), Facet(free, "language"));

        var figma = await SearchAsync($"?q={marker}&skill=Figma&language=af");
        Assert.Equal(courses.Count(c => c.Skills.Contains("Figma") && c.Language == "af"), figma.GetProperty("total").GetInt32());
        Assert.All(figma.GetProperty("items").EnumerateArray(), i => Assert.Contains("Figma", i.GetProperty("skills").EnumerateArray().Select(s => s.GetString())));

        var words = await SearchAsync($"?q=filtered%2007%20{marker}");
        Assert.Equal("Filtered 07 " + marker, Assert.Single(words.GetProperty("items").EnumerateArray()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_text_search_also_finds_courses_by_summary_and_by_skill()
    {
        var skill = Marker("Skill");
        var word = Marker("w");
        var bySkill = await fixture.PublishCourseAsync(Course(title: "Pivot tables", skills: [skill]));
        var bySummary = await fixture.PublishCourseAsync(Course(title: "Charts") with { Summary = $"All about {word} charts." });

        Assert.Equal(bySkill.CourseId, Assert.Single((await SearchAsync($"?q={skill.ToLowerInvariant()}")).GetProperty("items").EnumerateArray()).GetProperty("courseId").GetGuid());
        Assert.Equal(bySummary.CourseId, Assert.Single((await SearchAsync($"?q={word}")).GetProperty("items").EnumerateArray()).GetProperty("courseId").GetGuid());
    }

    [Fact]
    public async Task An_unpublished_course_disappears_and_a_later_publication_brings_it_back()
    {
        var marker = Marker("u");
        var course = await fixture.PublishCourseAsync(Course(title: $"Withdrawn {marker}"));
        Assert.Equal(1, (await SearchAsync($"?q={marker}")).GetProperty("total").GetInt32());

        await fixture.DeliverAsync(new Azora.Contracts.Lms.CourseUnpublished(course.CourseId, course.PublishedAt.AddMinutes(1)));
        Assert.Equal(0, (await SearchAsync($"?q={marker}")).GetProperty("total").GetInt32());
        using var anonymous = fixture.Anonymous();
        await Problems.AssertProblemAsync(await anonymous.GetAsync($"/api/courses/{course.CourseId}"), HttpStatusCode.NotFound);

        await fixture.PublishCourseAsync(course with { Title = $"Back again {marker}", PublishedAt = course.PublishedAt.AddMinutes(2) });
        var back = Assert.Single((await SearchAsync($"?q={marker}")).GetProperty("items").EnumerateArray());
        Assert.Equal($"Back again {marker}", back.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_duplicate_or_older_publication_changes_nothing()
    {
        var marker = Marker("d");
        var course = await fixture.PublishCourseAsync(Course(title: $"Current {marker}", skills: ["A", "B"]));

        await fixture.DeliverAsync(course);
        await fixture.DeliverAsync(course);
        await fixture.DeliverAsync(course with { Title = $"Stale {marker}", Skills = ["C"], PublishedAt = course.PublishedAt.AddHours(-1) });
        var later = await fixture.PublishCourseAsync(Course(title: $"Later {marker}"));

        var items = (await SearchAsync($"?q={marker}")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([$"Current {marker}", $"Later {marker}"], items.Select(i => i.GetProperty("title").GetString()));
        Assert.Equal(["A", "B"], items[0].GetProperty("skills").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(1, await fixture.QueryAsync(db => db.Courses.CountAsync(c => c.CourseId == course.CourseId)));
        Assert.Equal(2, await fixture.QueryAsync(db => db.CourseSkills.CountAsync(s => s.CourseId == course.CourseId)));
        Assert.Equal(later.CourseId, items[1].GetProperty("courseId").GetGuid());
    }

    [Fact]
    public async Task A_republication_replaces_the_title_skills_and_instructors()
    {
        var marker = Marker("r");
        var course = await fixture.PublishCourseAsync(Course(title: $"First {marker}", skills: ["A", "B"]));
        var newInstructor = Guid.CreateVersion7();

        await fixture.PublishCourseAsync(course with { Title = $"Second {marker}", Skills = ["B", "C"], InstructorIds = [newInstructor], PublishedAt = course.PublishedAt.AddMinutes(5) });

        var item = Assert.Single((await SearchAsync($"?q={marker}")).GetProperty("items").EnumerateArray());
        Assert.Equal($"Second {marker}", item.GetProperty("title").GetString());
        Assert.Equal(["B", "C"], item.GetProperty("skills").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal([newInstructor], await fixture.QueryAsync(db => db.CourseInstructors.Where(i => i.CourseId == course.CourseId).Select(i => i.AccountId).ToListAsync()));
    }

    [Fact]
    public async Task A_publication_is_searchable_as_soon_as_its_event_is_handled_and_the_page_gets_a_new_entity_tag()
    {
        var marker = Marker("e");
        using var anonymous = fixture.Anonymous();
        var before = await anonymous.GetAsync($"/api/catalog?q={marker}");
        Assert.Equal(0, (await before.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32());

        var course = await fixture.PublishCourseAsync(Course(title: $"Fresh {marker}"));
        var published = await anonymous.GetAsync($"/api/catalog?q={marker}");
        Assert.Equal(course.CourseId, Assert.Single((await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray()).GetProperty("courseId").GetGuid());
        Assert.NotEqual(before.Headers.ETag, published.Headers.ETag);

        await fixture.DeliverAsync(new Azora.Contracts.Lms.CourseUnpublished(course.CourseId, course.PublishedAt.AddMinutes(1)));
        var withdrawn = await anonymous.GetAsync($"/api/catalog?q={marker}");
        Assert.Equal(0, (await withdrawn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32());
        Assert.Equal(before.Headers.ETag, withdrawn.Headers.ETag);
    }

    [Fact]
    public async Task A_page_revalidated_with_its_entity_tag_is_not_modified_and_may_be_cached_briefly()
    {
        var marker = Marker("c");
        await fixture.PublishCourseAsync(Course(title: $"Cached {marker}"));
        using var anonymous = fixture.Anonymous();

        var first = await anonymous.GetAsync($"/api/catalog?q={marker}");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = Assert.IsType<System.Net.Http.Headers.EntityTagHeaderValue>(first.Headers.ETag);
        Assert.True(first.Headers.CacheControl is { Public: true, MaxAge: not null });

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, $"/api/catalog?q={marker}");
        revalidate.Headers.IfNoneMatch.Add(etag);
        var notModified = await anonymous.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(etag, notModified.Headers.ETag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var stale = new HttpRequestMessage(HttpMethod.Get, $"/api/catalog?q={marker}");
        stale.Headers.IfNoneMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"an-older-page\""));
        var changed = await anonymous.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(1, (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("?price=cheap", "price")]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=101", "limit")]
    [InlineData("?limit=ten", "limit")]
    [InlineData("?cursor=not*base64", "cursor")]
    [InlineData("?cursor=AAAAAAAAAAAAAAAAAAAAAA", "cursor")]
    [InlineData("?q=a%20b%20c%20d%20e%20f%20g%20h%20i", "q")]
    public async Task A_bad_query_is_refused_naming_the_field(string query, string field)
    {
        using var anonymous = fixture.Anonymous();
        await Problems.AssertFieldErrorAsync(await anonymous.GetAsync("/api/catalog" + query), field);
    }

    [Fact]
    public async Task Overlong_filters_are_refused_naming_the_field()
    {
        using var anonymous = fixture.Anonymous();
        var longText = new string('x', 201);
        await Problems.AssertFieldErrorAsync(await anonymous.GetAsync($"/api/catalog?q={longText}"), "q");
        await Problems.AssertFieldErrorAsync(await anonymous.GetAsync($"/api/catalog?subject={longText}"), "subject");
        await Problems.AssertFieldErrorAsync(await anonymous.GetAsync($"/api/catalog?skill={longText}"), "skill");
    }

    private async Task<JsonElement> SearchAsync(string query)
    {
        using var anonymous = fixture.Anonymous();
        var response = await anonymous.GetAsync("/api/catalog" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Dictionary<string, int> Facet(JsonElement page, string name) =>
        page.GetProperty("facets").GetProperty(name).EnumerateArray().ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32());

    private static Dictionary<string, int> Counts(IEnumerable<IGrouping<string, Azora.Contracts.Lms.CoursePublished>> groups) => groups.ToDictionary(g => g.Key, g => g.Count());

    private static Dictionary<string, int> Counts(IEnumerable<IGrouping<string, string>> groups) => groups.ToDictionary(g => g.Key, g => g.Count());
}
